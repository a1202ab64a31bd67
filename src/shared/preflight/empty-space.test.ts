import { describe, expect, it } from 'vitest';
import { emptySpaceRule } from './empty-space';
import type { PreflightInput } from './types';

/** Just what the rule reads: each page's columns, whether it holds a module, its empty lines. */
function input(pages: { columns: number; modules: number; emptyLines: number }[]): PreflightInput {
  return {
    composed: {
      pages: pages.map((p, i) => ({
        number: i + 1,
        geometry: { columns: p.columns },
        modules: Array.from({ length: p.modules }, () => ({})),
        report: { emptyLines: p.emptyLines },
      })),
    },
  } as unknown as PreflightInput;
}

describe('empty space', () => {
  it('warns past six empty lines across the page, counted over its columns', () => {
    const found = emptySpaceRule(
      input([
        { columns: 8, modules: 3, emptyLines: 48 }, // 6 across: allowed
        { columns: 8, modules: 3, emptyLines: 49 }, // 6.1 across
        { columns: 6, modules: 2, emptyLines: 37 }, // 6.2 across on a tabloid
        { columns: 8, modules: 0, emptyLines: 776 }, // an empty page is its own error
      ]),
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        code: 'empty-space',
        page: 2,
        storyId: null,
        message: '49 empty lines (6.1 lines across the page)',
      },
      {
        severity: 'warning',
        code: 'empty-space',
        page: 3,
        storyId: null,
        message: '37 empty lines (6.2 lines across the page)',
      },
    ]);
  });
});
