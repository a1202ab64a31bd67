// Auto-layout from the store: compose with the page's saved modules cleared (all but the
// ones the editor pinned), so the engine places every other part around the pinned ones,
// then save what it chose as each placement's module; then the jumps (marked, or with
// `jump` the proposed ones). The caller runs this inside the call's transaction, so all
// modules are written or none.

import { jumpTarget, proposeJumps } from '../../shared/compose';
import type { IssueSummary } from '../../shared/model/issue';
import type { SavedModules } from '../store/repos/placed-modules';
import type { Store } from '../store/store';
import { composeStored, type StoredLayout } from './compose-stored';

/** Jumps made at most in one auto-layout (one per overset story, a page or two each). */
const MAX_JUMPS = 8;

export interface AutoLayoutOptions {
  /** Make the jumps it would propose (the CLI's `layout --jump`, the board's confirm). */
  jump?: boolean;
  /** The page jumps go to, when later than the story's own; else the next with room. */
  toPage?: number;
}

/**
 * Auto-composes page `page` (or every page) and saves the modules. Where a page cannot hold
 * its stories (text overset, or a story left without room), a story there the editor marked
 * "may jump" jumps (to its page, else the one named, else the next with room) and the pages
 * are laid out again; with `jump`, the jumps proposeJumps then proposes are made too, until
 * nothing but briefs is overset or no page has room.
 */
export function autoLayout(
  store: Store,
  summary: IssueSummary,
  page?: number,
  options: AutoLayoutOptions = {},
): StoredLayout {
  let layout = layoutOnce(store, summary, page);
  for (let n = 0; n < MAX_JUMPS; n++) {
    const jump =
      markedJump(layout, page, options.toPage) ?? (options.jump ? proposed(layout) : null);
    if (!jump) break;
    const placed = layout.placements.find((p) => p.storyId === jump.storyId);
    if (!placed) break;
    store.issues.place(summary.id, placed.storyId, placed.page, placed.priority, jump.toPage);
    layout = layoutOnce(store, summary, page, jump.toPage);
  }
  return layout;

  function proposed(l: StoredLayout) {
    const next = proposals(l, page, options.toPage)[0];
    return next ? { storyId: Number(next.storyId), toPage: next.toPage } : null;
  }
}

/** Whether a story's part keeps the module the editor pinned (part 1, or its continuation). */
function pinnedIn(layout: StoredLayout) {
  return (storyId: string, part: number): boolean => {
    const saved = layout.saved.get(Number(storyId));
    return (part === 1 ? saved?.pinned : saved?.continuationPinned) === true;
  };
}

/** The jumps auto-layout proposes for the composed issue (all pages, or `page`). */
export function proposals(layout: StoredLayout, page?: number, toPage?: number) {
  const briefs = new Set(
    layout.placements.filter((p) => p.priority === 'brief').map((p) => String(p.storyId)),
  );
  return proposeJumps(layout.composed.pages, (id) => briefs.has(id), {
    pinned: pinnedIn(layout),
    ...(page === undefined ? {} : { page }),
    ...(toPage === undefined ? {} : { toPage }),
  });
}

/** A story marked "may jump" on a page that cannot hold its stories, and where it goes. */
function markedJump(
  layout: StoredLayout,
  page: number | undefined,
  named: number | undefined,
): { storyId: number; toPage: number } | null {
  const pages = layout.composed.pages;
  for (const p of pages) {
    if (page !== undefined && p.number !== page) continue;
    const over = p.report.overset.reduce((n, o) => n + o.lines, 0);
    if (over === 0 && p.report.notPlaced.length === 0) continue;
    const marked = layout.placements.find(
      (x) =>
        x.page === p.number &&
        x.jumpTo === null &&
        layout.saved.get(x.storyId)?.mayJump !== undefined,
    );
    if (!marked) continue;
    const own = layout.saved.get(marked.storyId)?.mayJump;
    const toPage = jumpTarget(pages, p.number, Math.max(1, over), own || named, pinnedIn(layout));
    if (toPage !== undefined) return { storyId: marked.storyId, toPage };
  }
  return null;
}

/** One auto-layout of `page` (and of the page a jump was just sent to) or of every page. */
function layoutOnce(
  store: Store,
  summary: IssueSummary,
  page?: number,
  alsoPage?: number,
): StoredLayout {
  const modules = store.modules;
  const current = modules.all(summary.id);
  const mine = (n: number | null) =>
    n !== null && (page === undefined || n === page || n === alsoPage);
  const cleared = new Map<number, SavedModules>();
  for (const p of store.issues.placements(summary.id)) {
    const saved = { ...(current.get(p.storyId) ?? {}) };
    if (mine(p.page) && !saved.pinned) delete saved.module;
    if ((mine(p.jumpTo) || p.jumpTo === null) && !saved.continuationPinned)
      delete saved.continuation;
    cleared.set(p.storyId, saved);
  }
  const free = composeStored(store, summary, cleared);
  const next = new Map<number, SavedModules>([...cleared].map(([id, saved]) => [id, { ...saved }]));
  for (const composed of free.composed.pages) {
    if (!mine(composed.number)) continue;
    for (const m of composed.modules) {
      const entry = next.get(Number(m.storyId));
      if (!entry) continue;
      if (m.part === 1) entry.module = { ...m.module };
      else entry.continuation = { ...m.module };
    }
  }
  for (const [id, saved] of next) {
    if (JSON.stringify(saved) !== JSON.stringify(current.get(id) ?? {})) {
      modules.save(summary.id, id, saved);
    }
  }
  // Composed with these modules given, the issue comes out as auto-layout just set it.
  return composeStored(store, summary, next, free.composed);
}
