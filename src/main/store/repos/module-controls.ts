// The editor's per-module controls of a placement, in placements.controls (JSON, migration
// 010): read tolerantly (an invalid value is no controls), written whole.

import { type ModuleControls, parseControls } from '../../../shared/model/module-controls';
import type { Db } from '../open-database';

export function createModuleControlsRepo(db: Db) {
  const read = db.prepare<[number], { story_id: number; controls: string }>(
    `SELECT placements.story_id, placements.controls FROM placements
     JOIN pages ON pages.id = placements.page_id WHERE pages.issue_id = ?`,
  );
  const write = db.prepare(
    `UPDATE placements SET controls = @controls WHERE story_id = @storyId
     AND page_id IN (SELECT id FROM pages WHERE issue_id = @issueId)`,
  );
  return {
    /** Controls by story id (stories without any left out). */
    all(issueId: number): Map<number, ModuleControls> {
      const out = new Map<number, ModuleControls>();
      for (const row of read.all(issueId)) {
        const controls = parseControls(row.controls);
        if (Object.keys(controls).length > 0) out.set(row.story_id, controls);
      }
      return out;
    },
    save(issueId: number, storyId: number, controls: ModuleControls): void {
      write.run({ issueId, storyId, controls: JSON.stringify(controls) });
    },
  };
}
