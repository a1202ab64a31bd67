// Auto-layout from the store: compose with the page's saved modules cleared, so the engine
// places every part, then save what it chose as each placement's module. The caller runs
// this inside the call's transaction, so all modules are written or none.

import type { IssueSummary } from '../../shared/model/issue';
import type { Store } from '../store/store';
import { composeStored, type StoredLayout } from './compose-stored';
import { createModuleStore, type SavedModules } from './module-store';

/** Auto-composes page `page` (or every page) and saves the modules; returns the result. */
export function autoLayout(store: Store, summary: IssueSummary, page?: number): StoredLayout {
  const modules = createModuleStore(store.db);
  const current = modules.all(summary.id);
  const mine = (n: number | null) => n !== null && (page === undefined || n === page);
  const cleared = new Map<number, SavedModules>();
  for (const p of store.issues.placements(summary.id)) {
    const saved = { ...(current.get(p.storyId) ?? {}) };
    if (mine(p.page)) delete saved.module;
    if (mine(p.jumpTo) || p.jumpTo === null) delete saved.continuation;
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
  return composeStored(store, summary, next);
}
