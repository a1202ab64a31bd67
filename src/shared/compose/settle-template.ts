// Depths of a template's slots settled to the day's stories. The slots are cut into a
// guillotine tree (a cut across the whole of a region that no slot straddles, as a paste-up
// page is made: rows of stories, columns of stories); widths stay as the template has them,
// and down each column of slots every story gets the lines its text wants, the difference
// going first to the free space (where the briefs and stories without a slot will stand),
// then shared by the stories (more lines: air and a taller photo; fewer: overset, which
// then proposes a jump, never silently).

import type { ModuleSpec } from './types';

type Area = ModuleSpec;
type Node =
  | { kind: 'story'; id: string; area: Area }
  | { kind: 'free'; area: Area }
  | { kind: 'rows' | 'cols'; area: Area; children: Node[] };

interface Placed {
  id: string;
  m: ModuleSpec;
}

/**
 * The slots' modules with their depths settled, or null when the slots do not form a
 * guillotine arrangement (then they are kept as they are). `rowsOf(id, cols)` is the lines
 * a story's module wants; `freeNeed(cols)` the lines the free space wants (its briefs).
 */
export function settleTemplate(
  grid: { columns: number; rows: number },
  modules: ReadonlyMap<string, ModuleSpec>,
  freeNeed: (cols: number) => number,
  rowsOf: (id: string, cols: number) => number,
): Map<string, ModuleSpec> | null {
  const placed = [...modules].map(([id, m]) => ({ id, m }));
  const root = build({ col: 0, line: 0, cols: grid.columns, lines: grid.rows }, placed);
  if (!root) return null;
  // The largest free region holds the briefs: it wants their stack; other free space nothing.
  let briefRegion: Node | null = null;
  const findFree = (n: Node) => {
    if (n.kind === 'free') {
      const size = n.area.cols * n.area.lines;
      if (!briefRegion || size > briefRegion.area.cols * briefRegion.area.lines) briefRegion = n;
    } else if (n.kind !== 'story') n.children.forEach(findFree);
  };
  findFree(root);
  const wants = new Map<Node, number>();
  const want = (n: Node): number => {
    let w = wants.get(n);
    if (w !== undefined) return w;
    if (n.kind === 'story') w = rowsOf(n.id, n.area.cols);
    else if (n.kind === 'free') w = n === briefRegion ? Math.ceil(freeNeed(n.area.cols)) : 0;
    else if (n.kind === 'rows') w = n.children.reduce((s, c) => s + want(c), 0);
    else w = Math.max(0, ...n.children.map(want));
    wants.set(n, w);
    return w;
  };
  const flexible = (n: Node): boolean =>
    n.kind === 'free' ||
    (n.kind === 'rows' && n.children.some(flexible)) ||
    (n.kind === 'cols' && n.children.every(flexible));

  const out = new Map<string, ModuleSpec>();
  const alloc = (n: Node, line: number, lines: number) => {
    if (n.kind === 'story') {
      out.set(n.id, { col: n.area.col, line, cols: n.area.cols, lines });
      return;
    }
    if (n.kind === 'free') return;
    if (n.kind === 'cols') {
      for (const c of n.children) alloc(c, line, lines);
      return;
    }
    const heights = share(
      n.children.map(want),
      n.children.map(flexible),
      n.children.map((c) => c.kind === 'story'),
      lines,
    );
    let y = line;
    n.children.forEach((c, i) => {
      const h = heights[i] ?? 0;
      if (h > 0) alloc(c, y, h);
      y += h;
    });
  };
  alloc(root, 0, grid.rows);
  // A story squeezed to nothing keeps its template slot rather than vanish.
  return out.size === modules.size ? out : null;
}

/**
 * `total` lines shared among rows wanting `wants`: spare lines to the flexible rows (else
 * to all, by want); missing lines taken from all by want. Whole lines; a story row keeps
 * at least one.
 */
function share(wants: number[], flexible: boolean[], story: boolean[], total: number): number[] {
  const h = [...wants];
  const diff = total - h.reduce((a, b) => a + b, 0);
  const spread = (who: number[], amount: number, weight: (i: number) => number) => {
    const sum = who.reduce((s, i) => s + weight(i), 0);
    if (who.length === 0 || amount === 0) return 0;
    const parts = who.map((i) => (sum > 0 ? (amount * weight(i)) / sum : amount / who.length));
    let given = 0;
    who.forEach((i, k) => {
      const p = Math.trunc(parts[k] ?? 0);
      h[i] = (h[i] ?? 0) + p;
      given += p;
    });
    // Whole lines: the rest one by one, from the first.
    const step = Math.sign(amount - given);
    for (let k = 0; given !== amount; k = (k + 1) % who.length) {
      const i = who[k] as number;
      if (step < 0 && (h[i] ?? 0) <= (story[i] ? 1 : 0)) {
        if (who.every((j) => (h[j] ?? 0) <= (story[j] ? 1 : 0))) break;
        continue;
      }
      h[i] = (h[i] ?? 0) + step;
      given += step;
    }
    return given;
  };
  const all = wants.map((_, i) => i);
  const flex = all.filter((i) => flexible[i]);
  if (diff > 0) {
    spread(flex.length > 0 ? flex : all, diff, (i) => (flex.length > 0 ? 1 : (wants[i] ?? 0)));
    return h;
  }
  // Too little room: every row gives lines by what it wants (the briefs' space too).
  if (diff < 0) spread(all, diff, (i) => wants[i] ?? 0);
  return h;
}

/** The guillotine tree of the stories' rectangles inside `area`, or null when there is none. */
function build(area: Area, inside: Placed[]): Node | null {
  if (inside.length === 0) return { kind: 'free', area };
  const only = inside[0] as Placed;
  if (
    inside.length === 1 &&
    only.m.col === area.col &&
    only.m.line === area.line &&
    only.m.cols === area.cols &&
    only.m.lines === area.lines
  )
    return { kind: 'story', id: only.id, area };
  for (const axis of ['rows', 'cols'] as const) {
    const start = (m: ModuleSpec) => (axis === 'rows' ? m.line : m.col);
    const size = (m: ModuleSpec) => (axis === 'rows' ? m.lines : m.cols);
    const from = start(area);
    const to = from + size(area);
    const cuts = [...new Set(inside.flatMap((p) => [start(p.m), start(p.m) + size(p.m)]))]
      .filter((c) => c > from && c < to)
      .filter((c) => inside.every((p) => start(p.m) + size(p.m) <= c || start(p.m) >= c))
      .sort((a, b) => a - b);
    if (cuts.length === 0) continue;
    const edges = [from, ...cuts, to];
    const children: Node[] = [];
    for (let k = 0; k + 1 < edges.length; k++) {
      const a = edges[k] as number;
      const b = edges[k + 1] as number;
      const sub =
        axis === 'rows' ? { ...area, line: a, lines: b - a } : { ...area, col: a, cols: b - a };
      const child = build(
        sub,
        inside.filter((p) => start(p.m) >= a && start(p.m) + size(p.m) <= b),
      );
      if (!child) return null;
      children.push(child);
    }
    return { kind: axis, area, children };
  }
  return null;
}
