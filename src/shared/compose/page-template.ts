// Page templates (版式模板): a page's arrangement kept as slots (module rectangles with the
// priority and kind of story they held, and whether it had a photo) on the grid it was made
// on, so it can be laid onto another page, another day or another grid: the slot edges are
// scaled to the target grid (edges, not sizes, so slots that tiled still tile) and each slot
// takes the page's story that fits it best.

import type { PaperSizeName } from '../model/issue';
import { settleTemplate } from './settle-template';
import type { ModuleSpec, Priority, StoryKind } from './types';

export interface TemplateSlot {
  module: ModuleSpec;
  priority: Priority;
  kind: StoryKind;
  /** The story in it opened with a photo (a photo slot). */
  photo: boolean;
}

export interface PageTemplateData {
  name: string;
  /** 对开, 四开, or a paper of its own size. */
  paper: PaperSizeName;
  /** The grid the slots are measured on: columns × grid lines of the body. */
  columns: number;
  rows: number;
  /** Made for page 1 (under the masthead) rather than an inside page (under a folio). */
  front: boolean;
  slots: TemplateSlot[];
}

/** A story of the page a template is applied to, as slot filling sees it. */
export interface SlotCandidate {
  id: string;
  priority: Priority;
  kind: StoryKind;
  photo: boolean;
  /** Length of its text (characters): the longer story takes the larger slot. */
  size: number;
}

const RANK: Record<Priority, number> = { lead: 0, normal: 1, brief: 2 };

/** The slot's rectangle on a grid of `columns` × `rows`, or null when it shrinks to nothing. */
export function scaleSlot(
  m: ModuleSpec,
  from: { columns: number; rows: number },
  to: { columns: number; rows: number },
): ModuleSpec | null {
  const x = (c: number) => Math.round((c * to.columns) / from.columns);
  const y = (l: number) => Math.round((l * to.rows) / from.rows);
  const col = Math.min(x(m.col), to.columns);
  const line = Math.min(y(m.line), to.rows);
  const cols = Math.min(x(m.col + m.cols), to.columns) - col;
  const lines = Math.min(y(m.line + m.lines), to.rows) - line;
  return cols > 0 && lines > 0 ? { col, line, cols, lines } : null;
}

/**
 * Which story goes into which slot: slots in order of priority then area, each taking the
 * unplaced story that matches it best (same priority, then same kind, then a photo for a
 * photo slot; the longest on a tie). A brief slot takes only a brief and a brief only a
 * brief slot. Returns story id by slot index; slots and stories left over stay unmatched.
 */
export function fillSlots(slots: readonly TemplateSlot[], stories: readonly SlotCandidate[]) {
  const order = slots
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        RANK[a.s.priority] - RANK[b.s.priority] ||
        b.s.module.cols * b.s.module.lines - a.s.module.cols * a.s.module.lines ||
        a.i - b.i,
    );
  const pool = [...stories].sort((a, b) => RANK[a.priority] - RANK[b.priority] || b.size - a.size);
  const taken = new Set<string>();
  const bySlot = new Map<number, string>();
  for (const { s, i } of order) {
    let best: SlotCandidate | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of pool) {
      if (taken.has(c.id)) continue;
      if ((s.kind === 'brief') !== (c.kind === 'brief')) continue;
      const cost =
        (s.priority === c.priority ? 0 : 100) +
        (s.kind === c.kind ? 0 : 10) +
        (s.photo === c.photo ? 0 : 1);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    if (!best) continue;
    taken.add(best.id);
    bySlot.set(i, best.id);
  }
  return bySlot;
}

export interface TemplatePlan {
  /** Module per story id: the stories that got a slot (briefs never: see below). */
  modules: Map<string, ModuleSpec>;
  /** Stories with no slot: auto-layout sets them in the space the slots leave. */
  rest: string[];
}

/** Grid lines a story's module wants at `cols` columns (its text and the foot below). */
export type RowsOf = (id: string, cols: number) => number;

/**
 * The template laid onto a page grid with these stories. The template gives the
 * arrangement (which story stands where, how many columns wide); the depths are settled to
 * the stories' text (settle-template.ts), so a slot neither leaves half its lines empty nor
 * sets the story overset when the day's story is shorter or longer than the one it was
 * made with. Brief slots and slots no story fills are left free: the page's briefs (however
 * many) and any story without a slot are set there by auto-layout, stacked as briefs are.
 */
export function planTemplate(
  template: PageTemplateData,
  grid: { columns: number; rows: number },
  stories: readonly SlotCandidate[],
  rowsOf?: RowsOf,
): TemplatePlan {
  const scaled = template.slots.map((s) => ({ ...s, module: scaleSlot(s.module, template, grid) }));
  const usable = scaled.filter((s): s is TemplateSlot => s.module !== null && s.kind !== 'brief');
  const bySlot = fillSlots(
    usable,
    stories.filter((s) => s.kind !== 'brief'),
  );
  let modules = new Map<string, ModuleSpec>();
  for (const [i, id] of bySlot) modules.set(id, (usable[i] as TemplateSlot).module);
  if (rowsOf) {
    const briefs = stories.filter((s) => s.kind === 'brief' || !modules.has(s.id));
    const settled = settleTemplate(
      grid,
      modules,
      (cols) => briefs.reduce((n, b) => n + rowsOf(b.id, 1), 0) / Math.max(1, cols),
      rowsOf,
    );
    if (settled) modules = settled;
  }
  return { modules, rest: stories.filter((s) => !modules.has(s.id)).map((s) => s.id) };
}

/** The template a composed page makes: its modules (first parts) as slots. */
export function templateFromPage(
  name: string,
  paper: PageTemplateData['paper'],
  grid: { columns: number; rows: number },
  front: boolean,
  modules: readonly { storyId: string; part: number; module: ModuleSpec; photos: number }[],
  storyOf: (id: string) => { priority: Priority; kind: StoryKind } | undefined,
): PageTemplateData {
  const slots: TemplateSlot[] = [];
  for (const m of modules) {
    const s = storyOf(m.storyId);
    if (m.part !== 1 || !s) continue;
    slots.push({
      module: { ...m.module },
      priority: s.priority,
      kind: s.kind,
      photo: m.photos > 0,
    });
  }
  slots.sort((a, b) => a.module.line - b.module.line || a.module.col - b.module.col);
  return { name, paper, columns: grid.columns, rows: grid.rows, front, slots };
}
