// The board's edits: move or resize one part's module on the grid, link or unlink a jump.
// Checks come first and refuse with the reason; the writes are the caller's transaction's.

import type { ComposedModule, ComposedPage, ModuleSpec } from '../../shared/compose';
import { ApiError } from '../../shared/contract/errors';
import type { IssueSummary } from '../../shared/model/issue';
import type { StoredPlacement } from '../store/repos/issues';
import type { Store } from '../store/store';
import { composeStored, type StoredLayout } from './compose-stored';
import { createModuleStore } from './module-store';

export function requirePlacement(store: Store, issue: IssueSummary, storyId: number) {
  const placed = store.issues.placementOf(issue.id, storyId);
  if (!placed) {
    throw new ApiError('not-found', `story ${storyId} is not placed in ${issue.date}`, 'storyId');
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
    );
  }
}

/** The first other module of the page that `module` would overlap (the part itself aside). */
export function overlapping(
  page: ComposedPage,
  storyId: number,
  part: number,
  module: ModuleSpec,
): ComposedModule | undefined {
  return page.modules.find(
    (m) =>
      !(Number(m.storyId) === storyId && m.part === part) &&
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
  const other = overlapping(page, placed.storyId, part, module);
  if (other) {
    const headline = store.stories.get(Number(other.storyId))?.headline ?? '';
    throw new ApiError(
      'refused',
      `module overlaps story ${other.storyId} (${headline}) on page ${pageNumber}`,
      'module',
    );
  }
  const modules = createModuleStore(store.db);
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  if (part === 1) saved.module = { ...module };
  else saved.continuation = { ...module };
  modules.save(issue.id, placed.storyId, saved);
  return { layout: composeStored(store, issue), page: pageNumber };
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
    );
  }
  const modules = createModuleStore(store.db);
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  delete saved.continuation;
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
  const modules = createModuleStore(store.db);
  const saved = { ...(modules.all(issue.id).get(placed.storyId) ?? {}) };
  delete saved.continuation;
  modules.save(issue.id, placed.storyId, saved);
  store.issues.place(issue.id, placed.storyId, placed.page, placed.priority, null);
  return composeStored(store, issue);
}
