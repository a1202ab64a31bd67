import { describe, expect, it } from 'vitest';
import { jumpTarget } from './jump-proposals';
import type { ComposedPage } from './types';

/** A pull quote's lines in column 0 from `row`: 18 pt, two grid lines of 13.5 pt each. */
const quote = (row: number, lines: number) =>
  Array.from({ length: lines }, (_, i) => ({
    kind: 'pullquote',
    column: 0,
    row: row + 2 * i,
    line: { size: 18 },
  }));

/**
 * A page with one module per [storyId, lines under, its pull quote's lines], and
 * `uncovered` empty grid cells.
 */
const page = (number: number, modules: [string, number, number?][], uncovered: number) =>
  ({
    number,
    geometry: { leading: 13.5 },
    modules: modules.map(([storyId, linesUnder, quoted]) => ({
      storyId,
      part: 1,
      linesUnder,
      frame: { lines: quoted ? quote(10, quoted) : [] },
    })),
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

  it('counts the lines a pull quote takes as room, not in a pinned module', () => {
    // Page 2: 100 lines empty, and a quote of three lines (six grid lines and two of air).
    const quoted = [page(1, [['a', 0]], 0), page(2, [['q', 40, 3]], 60), page(3, [], 300)];
    expect(jumpTarget(quoted, 1, 108)).toBe(2);
    expect(jumpTarget(quoted, 1, 109)).toBe(3);
    expect(jumpTarget(quoted, 1, 65, undefined, (id) => id === 'q')).toBe(3);
  });

  it('takes the page named, else the one with most room when none has enough', () => {
    expect(jumpTarget(pages, 1, 200, 2, () => true)).toBe(2);
    expect(jumpTarget(pages, 1, 900, undefined, () => true)).toBe(3);
    expect(jumpTarget(pages, 3, 10)).toBeUndefined();
  });
});
