// The saved layout of a placement, in placements.module (JSON): the story's own module and,
// for a jumping story, the module of its continuation on the jump page. The repo in
// store/repos/issues.ts leaves this column to layout (a move to another page clears it).

import type { ModuleSpec } from '../../shared/compose';
import type { Db } from '../store/open-database';

export interface SavedModules {
  module?: ModuleSpec;
  continuation?: ModuleSpec;
}

function isModule(value: unknown): value is ModuleSpec {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return ['col', 'line', 'cols', 'lines'].every((k) => Number.isInteger(m[k]));
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
  return out;
}

const pick = (m: ModuleSpec): ModuleSpec => ({
  col: m.col,
  line: m.line,
  cols: m.cols,
  lines: m.lines,
});

export function createModuleStore(db: Db) {
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
