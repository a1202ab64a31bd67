// The orders auto-layout tries besides reading order (layout-orders.ts): the first story
// (the lead) stays first, each order once, nearest reading order first; and the search's
// memo kept across orders gives each order the layout it gets searched alone.

import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { autoLayout, type LayoutItem } from '../../src/shared/compose/auto-layout';
import type { PartNeed } from '../../src/shared/compose/estimate';
import { estimateNeed } from '../../src/shared/compose/estimate';
import { bodyGrid } from '../../src/shared/compose/geometry';
import { candidateOrders } from '../../src/shared/compose/layout-orders';
import { BROADSHEET, SETTINGS, story } from '../../src/shared/compose/test-support';

const fonts = loadFontSet();

/** A story needing `rows` lines at two columns (all candidateOrders reads of it). */
const sized = (rows: number): LayoutItem => ({
  need: { rows: () => rows } as unknown as PartNeed,
  priority: 'normal',
  kind: 'news',
  jumps: false,
});

describe('layout orders', () => {
  it('keeps the first story first, yields each other order once, neighbours swapped first', () => {
    const items = [sized(40), sized(10), sized(30), sized(20)];
    const orders = [...candidateOrders(items)];
    const keys = orders.map((o) => o.join());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('0,1,2,3');
    for (const o of orders) {
      expect(o[0]).toBe(0);
      expect([...o].sort()).toEqual([0, 1, 2, 3]);
    }
    expect(keys.slice(0, 2)).toEqual(['0,2,1,3', '0,1,3,2']);
    // Four stories: every order of the three after the first is tried.
    expect(keys.length).toBe(5);
    expect(keys).toContain('0,2,3,1'); // largest first
    expect([...candidateOrders(items.slice(0, 2))]).toEqual([]);
  });

  it('gives each order the layout it gets alone when the memo is kept across orders', () => {
    const grid = bodyGrid(BROADSHEET, 8);
    const settings = { ...SETTINGS, leading: BROADSHEET.leading };
    const item = (chars: number, i: number): LayoutItem => ({
      need: estimateNeed(
        story(`稿${i}标题`, chars, 30 + i),
        i === 0 ? 'lead' : 'normal',
        null,
        undefined,
        grid,
        settings,
        fonts,
      ),
      priority: i === 0 ? 'lead' : 'normal',
      kind: 'news',
      jumps: false,
    });
    const items = [2400, 1400, 1000, 800, 600].map(item);
    const area = { col: 0, line: 0, cols: grid.columns, lines: grid.rows };
    const meter = { work: 0 };
    for (const order of [items.map((_, i) => i), ...candidateOrders(items)].slice(0, 8)) {
      const ordered = order.map((i) => items[i] as LayoutItem);
      const shared = autoLayout(ordered, area, meter);
      expect(shared).toEqual(autoLayout(ordered, area));
    }
    expect(meter.work).toBeGreaterThan(0);
  });
});
