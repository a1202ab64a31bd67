// The editor's "may jump" mark (可转版) on a placement, kept beside its modules: it changes
// nothing on the page until auto-layout finds the page cannot hold its stories.

import type { IssueSummary } from '../../shared/model/issue';
import type { StoredPlacement } from '../store/repos/issues';
import type { Store } from '../store/store';
import { composeStored, type StoredLayout } from './compose-stored';

export function markJump(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  mayJump: boolean,
  toPage?: number,
): StoredLayout {
  const before = composeStored(store, issue);
  saveJumpMark(store, issue.id, placed.storyId, mayJump, toPage ?? null);
  // The mark moves nothing: the composition is the same.
  return composeStored(store, issue, undefined, before.composed);
}

/** Sets or clears the mark beside the placement's saved modules (placement.assign too). */
export function saveJumpMark(
  store: Store,
  issueId: number,
  storyId: number,
  mayJump: boolean,
  toPage: number | null,
): void {
  const { modules } = store;
  const saved = { ...(modules.all(issueId).get(storyId) ?? {}) };
  if (mayJump) saved.mayJump = toPage ?? 0;
  else delete saved.mayJump;
  modules.save(issueId, storyId, saved);
}
