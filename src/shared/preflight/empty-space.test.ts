import { describe, expect, it } from 'vitest';
import { emptySpaceRule } from './empty-space';
import type { PreflightInput } from './types';

/** Just what the rule reads: each page's columns and rows, whether it holds a module, its empty lines. */
function input(
  pages: { columns: number; rows: number; modules: number; emptyLines: number }[],
): PreflightInput {
  return {
    composed: {
      pages: pages.map((p, i) => ({
        number: i + 1,
        geometry: { columns: p.columns },
        grid: { rows: p.rows },
        modules: Array.from({ length: p.modules }, () => ({})),
        report: { emptyLines: p.emptyLines },
      })),
    },
  } as unknown as PreflightInput;
}

describe('empty space', () => {
  it('warns past 3 % of the text area empty (the share auto-layout reaches)', () => {
    const found = emptySpaceRule(
      input([
        { columns: 8, rows: 100, modules: 3, emptyLines: 24 }, // 3.0 %: allowed
        { columns: 8, rows: 100, modules: 3, emptyLines: 25 }, // 3.1 %
        { columns: 6, rows: 60, modules: 2, emptyLines: 12 }, // 3.3 % on a tabloid
        { columns: 8, rows: 100, modules: 0, emptyLines: 800 }, // an empty page is its own error
      ]),
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        code: 'empty-space',
        page: 2,
        storyId: null,
        message: '25 empty lines (3.1 % of the text area)',
        params: { count: 25, percent: 3.1 },
      },
      {
        severity: 'warning',
        code: 'empty-space',
        page: 3,
        storyId: null,
        message: '12 empty lines (3.3 % of the text area)',
        params: { count: 12, percent: 3.3 },
      },
    ]);
  });
});
