// The board's edits: move or resize one part's module on the grid, link or unlink a jump.
// Checks come first and refuse with the reason; the writes are the caller's transaction's.

import type { ComposedModule, ComposedPage, ModuleSpec } from '../../shared/compose';
import { because } from '../../shared/contract/error-reasons';
import { ApiError } from '../../shared/contract/errors';
import type { IssueSummary } from '../../shared/model/issue';
import type { StoredPlacement } from '../store/repos/issues';
import { isPinned } from '../store/repos/placed-modules';
import type { Store } from '../store/store';
import { autoLayout } from './auto-layout';
import { composeStored, type StoredLayout } from './compose-stored';

export function requirePlacement(store: Store, issue: IssueSummary, storyId: number) {
  const placed = store.issues.placementOf(issue.id, storyId);
  if (!placed) {
    const why = because('not-placed', { id: storyId, date: issue.date });
    throw new ApiError(
      'not-found',
      `story ${storyId} is not placed in ${issue.date}`,
      'storyId',
      why,
    );
  }
  return placed;
}

/** The page a part sits on: part 1 on the placement's page, part 2 on its jump page. */
export function pageOfPart(placed: StoredPlacement, part: number): number {
  if (part === 1) return placed.page;
  if (placed.jumpTo === null) {
    throw new ApiError(
      'refused',
      `story ${placed.storyId} does not jump: it has no part ${part}`,
      'part',
      because('no-part', { id: placed.storyId, part }),
    );
  }
  return placed.jumpTo;
}

export function composedPage(layout: StoredLayout, pageNumber: number): ComposedPage {
  const page = layout.composed.pages.find((p) => p.number === pageNumber);
  if (!page) throw new ApiError('internal', `page ${pageNumber} was not composed`);
  return page;
}

/** Refuses a module that leaves the page body. */
export function requireInBody(page: ComposedPage, module: ModuleSpec): void {
  const { columns } = page.geometry;
  const { rows } = page.grid;
  if (module.col + module.cols > columns || module.line + module.lines > rows) {
    throw new ApiError(
      'refused',
      `module ${module.cols}×${module.lines} at column ${module.col}, line ${module.line} ` +
        `is outside the body of page ${page.number} (${columns} columns × ${rows} lines)`,
      'module',
      because('module-outside', { page: page.number, columns, lines: rows }),
    );
  }
}

/**
 * The first other pinned module of the page that `module` would overlap (the part itself
 * aside). The others are not in the way: auto-layout lays them out around it.
 */
export function overlapping(
  layout: StoredLayout,
  page: ComposedPage,
  storyId: number,
  part: number,
  module: ModuleSpec,
): ComposedModule | undefined {
  const pinned = (m: ComposedModule) => isPinned(layout.saved.get(Number(m.storyId)), m.part);
  return page.modules.find(
    (m) =>
      !(Number(m.storyId) === storyId && m.part === part) &&
      pinned(m) &&
      module.col < m.module.col + m.module.cols &&
      m.module.col < module.col + module.cols &&
      module.line < m.module.line + m.module.lines &&
      m.module.line < module.line + module.lines,
  );
}

export function setModule(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  part: number,
  module: ModuleSpec,
): { layout: StoredLayout; page: number } {
  const pageNumber = pageOfPart(placed, part);
  const before = composeStored(store, issue);
  const page = composedPage(before, pageNumber);
  requireInBody(page, module);
  const other = overlapping(before, page, placed.storyId, part, module);
  if (other) {
    const headline = store.stories.get(Number(other.storyId))?.headline ?? '';
    throw new ApiError(
      'refused',
      `module overlaps story ${other.storyId} (${headline}) on page ${pageNumber}`,
      'module',
      because('module-overlaps', { headline, page: pageNumber }),
    );
  }
  const modules = store.modules;
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  if (part === 1) {
    saved.module = { ...module };
    saved.pinned = true;
  } else {
    saved.continuation = { ...module };
    saved.continuationPinned = true;
  }
  modules.save(issue.id, placed.storyId, saved);
  // The module is pinned where the editor put it; the page's others are laid out around it.
  return { layout: autoLayout(store, issue, pageNumber), page: pageNumber };
}

/** Pins or unpins a part's module where it is now (the board's pin key or button). */
export function setPinned(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  part: number,
  pinned: boolean,
): { layout: StoredLayout; page: number } {
  const pageNumber = pageOfPart(placed, part);
  const before = composeStored(store, issue);
  const page = composedPage(before, pageNumber);
  const here = page.modules.find((m) => Number(m.storyId) === placed.storyId && m.part === part);
  if (!here) {
    throw new ApiError(
      'refused',
      `story ${placed.storyId} part ${part} is not set on page ${pageNumber}`,
      'storyId',
    );
  }
  const modules = store.modules;
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  if (part === 1) {
    saved.module = { ...here.module };
    if (pinned) saved.pinned = true;
    else delete saved.pinned;
  } else {
    saved.continuation = { ...here.module };
    if (pinned) saved.continuationPinned = true;
    else delete saved.continuationPinned;
  }
  modules.save(issue.id, placed.storyId, saved);
  // The module stays where it is: the composition is the same, only the pin is new.
  return { layout: composeStored(store, issue, undefined, before.composed), page: pageNumber };
}

/** Sets the jump and saves the module auto-layout gave the continuation on `toPage`. */
export function linkJump(
  store: Store,
  issue: IssueSummary,
  placed: StoredPlacement,
  toPage: number,
): StoredLayout {
  if (toPage <= placed.page || toPage > issue.pageCount) {
    throw new ApiError(
      'refused',
      `toPage: page ${toPage} is not a later page of ${issue.date} ` +
        `(story ${placed.storyId} is on page ${placed.page} of ${issue.pageCount})`,
      'toPage',
      because('jump-not-later', { page: placed.page, jumpTo: toPage }),
    );
  }
  const modules = store.modules;
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  delete saved.continuation;
  delete saved.continuationPinned;
  modules.save(issue.id, placed.storyId, saved);
  store.issues.place(issue.id, placed.storyId, placed.page, placed.priority, toPage);
  const layout = composeStored(store, issue);
  const target = layout.composed.pages.find((p) => p.number === toPage);
  const part2 = target?.modules.find((m) => Number(m.storyId) === placed.storyId && m.part > 1);
  if (!part2) return layout;
  modules.save(issue.id, placed.storyId, { ...saved, continuation: { ...part2.module } });
  return composeStored(store, issue);
}

export function unlinkJump(store: Store, issue: IssueSummary, placed: StoredPlacement) {
  const modules = store.modules;
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  delete saved.continuation;
  delete saved.continuationPinned;
  modules.save(issue.id, placed.storyId, saved);
  store.issues.place(issue.id, placed.storyId, placed.page, placed.priority, null);
  return composeStored(store, issue);
}
