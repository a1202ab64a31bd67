import { describe, expect, it } from 'vitest';
import { fillSlots, planTemplate, scaleSlot, type TemplateSlot } from './page-template';
import { settleTemplate } from './settle-template';

const slot = (
  col: number,
  line: number,
  cols: number,
  lines: number,
  priority: TemplateSlot['priority'],
  kind: TemplateSlot['kind'],
  photo = false,
): TemplateSlot => ({ module: { col, line, cols, lines }, priority, kind, photo });

describe('page templates', () => {
  it('scales slot edges, so slots that tiled still tile on another grid', () => {
    const from = { columns: 8, rows: 100 };
    const to = { columns: 6, rows: 63 };
    expect(scaleSlot({ col: 0, line: 0, cols: 3, lines: 42 }, from, to)).toEqual({
      col: 0,
      line: 0,
      cols: 2,
      lines: 26,
    });
    expect(scaleSlot({ col: 3, line: 42, cols: 5, lines: 58 }, from, to)).toEqual({
      col: 2,
      line: 26,
      cols: 4,
      lines: 37,
    });
    expect(scaleSlot({ col: 7, line: 0, cols: 1, lines: 1 }, from, { columns: 8, rows: 40 })).toBe(
      null,
    );
  });

  it('fills slots by priority, kind and photo; the longest story takes the larger slot', () => {
    const slots = [
      slot(0, 0, 8, 40, 'lead', 'news', true),
      slot(0, 40, 3, 60, 'normal', 'news'),
      slot(3, 40, 3, 60, 'normal', 'news'),
      slot(6, 40, 2, 60, 'normal', 'commentary'),
      slot(6, 80, 2, 20, 'brief', 'brief'),
    ];
    const bySlot = fillSlots(slots, [
      { id: 'c', priority: 'normal', kind: 'commentary', photo: false, size: 900 },
      { id: 'n1', priority: 'normal', kind: 'news', photo: false, size: 500 },
      { id: 'n2', priority: 'normal', kind: 'news', photo: false, size: 800 },
      { id: 'L', priority: 'lead', kind: 'news', photo: true, size: 1400 },
      { id: 'b', priority: 'brief', kind: 'brief', photo: false, size: 200 },
      { id: 'extra', priority: 'normal', kind: 'news', photo: false, size: 100 },
    ]);
    expect([...bySlot].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 'L'],
      [1, 'n2'],
      [2, 'n1'],
      [3, 'c'],
      [4, 'b'],
    ]);
  });

  it('settles depths down a column of slots to the text, the rest to the free space', () => {
    // Two stories stacked in columns 0–3 and one tall beside them; free space below it.
    const modules = new Map([
      ['a', { col: 0, line: 0, cols: 4, lines: 50 }],
      ['b', { col: 0, line: 50, cols: 4, lines: 50 }],
      ['c', { col: 4, line: 0, cols: 4, lines: 60 }],
    ]);
    const want: Record<string, number> = { a: 30, b: 70, c: 40 };
    const settled = settleTemplate(
      { columns: 8, rows: 100 },
      modules,
      () => 10,
      (id) => want[id] ?? 0,
    );
    expect(settled?.get('a')).toEqual({ col: 0, line: 0, cols: 4, lines: 30 });
    expect(settled?.get('b')).toEqual({ col: 0, line: 30, cols: 4, lines: 70 });
    // c wants 40 and the briefs' space below it 10: the 50 spare lines go to that space.
    expect(settled?.get('c')).toEqual({ col: 4, line: 0, cols: 4, lines: 40 });
  });

  it('shares a shortage by what each wants, never dropping a story', () => {
    const modules = new Map([
      ['a', { col: 0, line: 0, cols: 8, lines: 50 }],
      ['b', { col: 0, line: 50, cols: 8, lines: 50 }],
    ]);
    const settled = settleTemplate(
      { columns: 8, rows: 100 },
      modules,
      () => 0,
      (id) => (id === 'a' ? 90 : 60),
    );
    expect(settled?.get('a')).toEqual({ col: 0, line: 0, cols: 8, lines: 60 });
    expect(settled?.get('b')).toEqual({ col: 0, line: 60, cols: 8, lines: 40 });
  });

  it('leaves the briefs and stories without a slot to auto-layout', () => {
    const plan = planTemplate(
      {
        name: 't',
        paper: 'broadsheet',
        columns: 8,
        rows: 100,
        front: true,
        slots: [slot(0, 0, 8, 50, 'lead', 'news'), slot(0, 50, 8, 50, 'brief', 'brief')],
      },
      { columns: 8, rows: 80 },
      [
        { id: 'L', priority: 'lead', kind: 'news', photo: false, size: 1000 },
        { id: 'n', priority: 'normal', kind: 'news', photo: false, size: 500 },
        { id: 'b', priority: 'brief', kind: 'brief', photo: false, size: 200 },
      ],
    );
    expect([...plan.modules]).toEqual([['L', { col: 0, line: 0, cols: 8, lines: 40 }]]);
    expect(plan.rest).toEqual(['n', 'b']);
  });
});
