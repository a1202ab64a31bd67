// The saved layout of a placement, in placements.module (JSON): the story's own module and,
// for a jumping story, the module of its continuation on the jump page. Layout decides it;
// the issues repo only clears it when a placement moves to another page.

import type { ModuleSpec } from '../../../shared/compose';
import type { Db } from '../open-database';

export interface SavedModules {
  module?: ModuleSpec;
  continuation?: ModuleSpec;
  /** The editor's hand: auto-layout keeps a pinned module (or continuation) exactly. */
  pinned?: true;
  continuationPinned?: true;
  /**
   * Marked "may jump" (可转版): where its page cannot hold its stories, auto-layout jumps
   * this one first, to this page (0: the next page with room).
   */
  mayJump?: number;
}

function isModule(value: unknown): value is ModuleSpec {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return ['col', 'line', 'cols', 'lines'].every((k) => Number.isInteger(m[k]));
}

/** Whether part 1 (the story's own module) or part 2 (its continuation) is pinned. */
export function isPinned(saved: SavedModules | undefined, part: number): boolean {
  return part === 1 ? saved?.pinned === true : saved?.continuationPinned === true;
}

/** Tolerant read: a column written by an older build or by hand never breaks composing. */
export function parseSaved(json: string): SavedModules {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: SavedModules = {};
  if (isModule(v.module)) out.module = pick(v.module);
  if (isModule(v.continuation)) out.continuation = pick(v.continuation);
  if (v.pinned === true && out.module) out.pinned = true;
  if (v.continuationPinned === true && out.continuation) out.continuationPinned = true;
  if (typeof v.mayJump === 'number' && Number.isInteger(v.mayJump) && v.mayJump >= 0)
    out.mayJump = v.mayJump;
  return out;
}

const pick = (m: ModuleSpec): ModuleSpec => ({
  col: m.col,
  line: m.line,
  cols: m.cols,
  lines: m.lines,
});

export function createPlacedModulesRepo(db: Db) {
  const read = db.prepare<[number], { story_id: number; module: string }>(
    `SELECT placements.story_id, placements.module FROM placements
     JOIN pages ON pages.id = placements.page_id WHERE pages.issue_id = ?`,
  );
  const write = db.prepare(
    `UPDATE placements SET module = @module WHERE story_id = @storyId
     AND page_id IN (SELECT id FROM pages WHERE issue_id = @issueId)`,
  );
  return {
    /** Saved modules by story id. */
    all(issueId: number): Map<number, SavedModules> {
      return new Map(read.all(issueId).map((r) => [r.story_id, parseSaved(r.module)]));
    },
    save(issueId: number, storyId: number, saved: SavedModules): void {
      write.run({ issueId, storyId, module: JSON.stringify(saved) });
    },
  };
}
