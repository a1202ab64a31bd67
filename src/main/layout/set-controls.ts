// The board's per-module controls: saved whole on the placement and, as the editor's hand
// changed the module, its module pinned where it is (auto-layout keeps it from then on).
// The writes are the caller's transaction's.

import type { IssueSummary } from '../../shared/model/issue';
import type { ModuleControls } from '../../shared/model/module-controls';
import type { StoredPlacement } from '../store/repos/issues';
import type { Store } from '../store/store';
import { composeStored, type StoredLayout } from './compose-stored';
import { composedPage } from './edit-modules';

export function setControls(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  controls: ModuleControls,
  pinned = true,
): StoredLayout {
  const before = composeStored(store, issue);
  const here = composedPage(before, placed.page).modules.find(
    (m) => Number(m.storyId) === placed.storyId && m.part === 1,
  );
  store.controls.save(issue.id, placed.storyId, controls);
  const modules = store.modules;
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  if (pinned && here) {
    saved.module = { ...here.module };
    saved.pinned = true;
  } else if (!pinned) {
    delete saved.pinned;
  }
  modules.save(issue.id, placed.storyId, saved);
  return composeStored(store, issue);
}
