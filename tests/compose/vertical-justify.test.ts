// Vertical justification in the shorter direction: a module a few lines shallower than
// its text sets the headline stack tight (each part in fewer whole grid lines) and holds
// the text, as the estimate counts it; a headline the editor sized keeps its stack.

import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { composePage } from '../../src/shared/compose/compose-page';
import { estimateNeed } from '../../src/shared/compose/estimate';
import { bodyGrid, pageRows } from '../../src/shared/compose/geometry';
import { BROADSHEET, pageInput, SETTINGS, story } from '../../src/shared/compose/test-support';
import type { PlacedStoryInput } from '../../src/shared/compose/types';

const fonts = loadFontSet();
const s = story('全市老旧小区改造全面启动', 1500, 4);
const COLS = 3;

function pinnedAt(lines: number, controls?: PlacedStoryInput['controls']) {
  const placed: PlacedStoryInput = {
    id: '甲',
    story: s,
    priority: 'normal',
    module: { col: 0, line: 0, cols: COLS, lines },
    ...(controls ? { controls } : {}),
  };
  return composePage(pageInput(2, [placed]), fonts).modules[0];
}

describe('a headline stack set tight', () => {
  it('gives back the lines the estimate counts, not an edited headline', () => {
    const empty = composePage(pageInput(2, []), fonts);
    const grid = bodyGrid(BROADSHEET, pageRows(BROADSHEET) - empty.grid.rows);
    const need = estimateNeed(s, 'normal', null, undefined, grid, SETTINGS, fonts);
    const give = need.tighten(COLS);
    // Three columns: a kicker and a headline each a grid line over their own (1.25 leading).
    expect(give).toBe(2);
    // The module holds the text in `give` lines fewer than it needs, foot below.
    const tight = pinnedAt(need.rows(COLS) - give + 1);
    expect(tight?.linesOver).toBe(0);
    // A line fewer still: overset.
    expect(pinnedAt(need.rows(COLS) - give)?.linesOver).toBeGreaterThan(0);
    // The editor's headline keeps its stack: the same module leaves text overset.
    const edited = pinnedAt(need.rows(COLS) - give + 1, { headlineSize: 23 });
    expect(edited?.linesOver).toBeGreaterThan(0);
  });
});
