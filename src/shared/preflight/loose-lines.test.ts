import { describe, expect, it } from 'vitest';
import { setEm } from '../typeset/test-support';
import { looseLinesRule } from './loose-lines';
import type { PreflightInput } from './types';

/** Just what the rule reads: each page's modules with their set lines. */
function input(stories: string[]): PreflightInput {
  return {
    composed: {
      pages: [
        {
          number: 2,
          modules: stories.map((text, i) => ({
            storyId: String(i + 7),
            frame: { lines: setEm(text, 10).map((line) => ({ line })) },
          })),
        },
      ],
    },
  } as unknown as PreflightInput;
}

describe('loose lines', () => {
  it('warns once per story that has lines set beyond the word-space bounds', () => {
    expect(
      looseLinesRule(input(['aaaa bbbb cccc ddd eeee', 'we are not at all in a mood'])),
    ).toEqual([
      {
        severity: 'warning',
        code: 'loose-lines',
        page: 2,
        storyId: 7,
        message: '1 loose line (first: “aaaa bbbb cccc ddd”)',
        params: { count: 1, first: 'aaaa bbbb cccc ddd' },
      },
    ]);
  });
});
