import type { PageChange, PageSignoff, ProofRound } from '../../../shared/model/page-signoff';
import type { Db } from '../open-database';

interface ApprovalRow {
  approved_by: string;
  approved_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  withdrawn_note: string;
}

/** Where a story sits: its page of an issue and the page it jumps to, by page row. */
export interface StoryPage {
  pageId: number;
  date: string;
  page: number;
  approved: boolean;
}

/** Proof ticks, approvals and the changes since an approval, per page row (migration 008). */
export function createPageSignoffRepo(db: Db) {
  const pageId = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM pages WHERE issue_id = ? AND number = ?',
  );
  const proofs = db.prepare<[number], { round: ProofRound; by: string; at: string }>(
    `SELECT round, profiles.name AS by, at FROM page_proofs
     JOIN profiles ON profiles.id = page_proofs.profile_id WHERE page_id = ? ORDER BY round`,
  );
  const approval = db.prepare<[number], ApprovalRow>(
    `SELECT a.name AS approved_by, approved_at, w.name AS withdrawn_by, withdrawn_at, withdrawn_note
     FROM page_approvals JOIN profiles a ON a.id = approved_by
     LEFT JOIN profiles w ON w.id = withdrawn_by WHERE page_id = ?`,
  );
  const changes = db.prepare<[number], PageChange>(
    `SELECT page_changes.story_id AS storyId, stories.headline, from_version AS fromVersion,
       to_version AS toVersion, profiles.name AS by, at FROM page_changes
     JOIN stories ON stories.id = page_changes.story_id
     JOIN profiles ON profiles.id = page_changes.profile_id WHERE page_id = ? ORDER BY page_changes.id`,
  );
  const tick = db.prepare(
    'INSERT INTO page_proofs (page_id, round, profile_id, at) VALUES (?, ?, ?, ?)',
  );
  const approve = db.prepare(
    `INSERT INTO page_approvals (page_id, approved_by, approved_at) VALUES (@pageId, @by, @at)
     ON CONFLICT (page_id) DO UPDATE SET approved_by = @by, approved_at = @at,
       withdrawn_by = NULL, withdrawn_at = NULL, withdrawn_note = ''`,
  );
  const clearChanges = db.prepare('DELETE FROM page_changes WHERE page_id = ?');
  const withdraw = db.prepare(
    `UPDATE page_approvals SET withdrawn_by = ?, withdrawn_at = ?, withdrawn_note = ?
     WHERE page_id = ? AND withdrawn_at IS NULL`,
  );
  const addChange = db.prepare(
    `INSERT INTO page_changes (page_id, story_id, from_version, to_version, profile_id, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // The story's own page and the later page it jumps to, in every issue it is placed in.
  const storyPages = db.prepare<
    [number],
    Omit<StoryPage, 'approved'> & { approved: number; ever: number }
  >(
    `SELECT pages.id AS pageId, issues.date AS date, pages.number AS page,
       EXISTS (SELECT 1 FROM page_approvals a WHERE a.page_id = pages.id
               AND a.withdrawn_at IS NULL) AS approved,
       EXISTS (SELECT 1 FROM page_approvals a WHERE a.page_id = pages.id) AS ever
     FROM placements JOIN pages own ON own.id = placements.page_id
     JOIN issues ON issues.id = own.issue_id
     JOIN pages ON pages.issue_id = own.issue_id
       AND (pages.id = own.id OR pages.number = placements.jump_to)
     WHERE placements.story_id = ? ORDER BY issues.date, pages.number`,
  );
  const approvedPages = db.prepare<[number], { page: number }>(
    `SELECT pages.number AS page FROM pages JOIN page_approvals a ON a.page_id = pages.id
     WHERE pages.issue_id = ? AND a.withdrawn_at IS NULL ORDER BY pages.number`,
  );

  function requirePageId(issueId: number, page: number): number {
    const row = pageId.get(issueId, page);
    if (!row) throw new Error(`issue ${issueId} has no page ${page}`);
    return row.id;
  }

  function state(issueId: number, page: number): PageSignoff {
    const id = requirePageId(issueId, page);
    const row = approval.get(id);
    const approved = row && row.withdrawn_at === null;
    return {
      page,
      proofs: proofs.all(id),
      approved: row && approved ? { by: row.approved_by, at: row.approved_at } : null,
      withdrawn:
        row && !approved
          ? { by: row.withdrawn_by ?? '', at: row.withdrawn_at ?? '', note: row.withdrawn_note }
          : null,
      changes: changes.all(id),
    };
  }

  return {
    state,
    tick(issueId: number, page: number, round: ProofRound, profileId: number, at: string): void {
      tick.run(requirePageId(issueId, page), round, profileId, at);
    },
    /** Approves the page; the changes that withdrew an earlier approval are now seen. */
    approve(issueId: number, page: number, profileId: number, at: string): void {
      const id = requirePageId(issueId, page);
      approve.run({ pageId: id, by: profileId, at });
      clearChanges.run(id);
    },
    /** Withdraws a standing approval; false when the page was not approved. */
    withdraw(pageId: number, profileId: number, at: string, note: string): boolean {
      return withdraw.run(profileId, at, note, pageId).changes > 0;
    },
    pageId: requirePageId,
    /** Every page holding the story, with whether it has ever been approved. */
    storyPages(storyId: number): (StoryPage & { ever: boolean })[] {
      return storyPages
        .all(storyId)
        .map((r) => ({ ...r, approved: Boolean(r.approved), ever: Boolean(r.ever) }));
    },
    recordChange(
      pageId: number,
      storyId: number,
      from: number,
      to: number,
      profileId: number,
      at: string,
    ): void {
      addChange.run(pageId, storyId, from, to, profileId, at);
    },
    approvedPages: (issueId: number): number[] => approvedPages.all(issueId).map((r) => r.page),
  };
}
