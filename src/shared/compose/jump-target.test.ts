import { describe, expect, it } from 'vitest';
import { jumpTarget } from './jump-proposals';
import type { ComposedPage } from './types';

/** A page with one module per [storyId, lines under], and `uncovered` empty grid cells. */
const page = (number: number, modules: [string, number][], uncovered: number) =>
  ({
    number,
    modules: modules.map(([storyId, linesUnder]) => ({ storyId, part: 1, linesUnder })),
    report: {
      emptyLines: uncovered + modules.reduce((n, [, under]) => n + under, 0),
      overset: [],
      notPlaced: [],
    },
  }) as unknown as ComposedPage;

describe('jumpTarget', () => {
  // Page 2 looks roomy, but its room is inside modules a template pinned; page 3 is free.
  const pages = [page(1, [['a', 0]], 0), page(2, [['t', 500]], 90), page(3, [], 300)];

  it('counts no room inside pinned modules', () => {
    const pinned = (storyId: string) => storyId === 't';
    expect(jumpTarget(pages, 1, 200, undefined, pinned)).toBe(3);
    // Unpinned, auto-layout may shrink the module: page 2 has the room.
    expect(jumpTarget(pages, 1, 200)).toBe(2);
  });

  it('takes the page named, else the one with most room when none has enough', () => {
    expect(jumpTarget(pages, 1, 200, 2, () => true)).toBe(2);
    expect(jumpTarget(pages, 1, 900, undefined, () => true)).toBe(3);
    expect(jumpTarget(pages, 3, 10)).toBeUndefined();
  });
});
