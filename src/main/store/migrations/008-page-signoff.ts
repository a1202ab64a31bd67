/**
 * Page sign-off (大样签发): each page's proofread rounds (一校/二校/三校: who and when), the
 * duty chief's approval (withdrawn by a chief, or by a change to a story on the page), and
 * the story changes made since the page was approved, so the chief sees why and what.
 * New tables only; a dropped page takes its rows with it.
 */
export const pageSignoffSchema = `
CREATE TABLE page_proofs (
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  round INTEGER NOT NULL CHECK (round BETWEEN 1 AND 3),
  profile_id INTEGER NOT NULL REFERENCES profiles(id),
  at TEXT NOT NULL,
  PRIMARY KEY (page_id, round)
);

-- One row per page once it has been approved: approved while withdrawn_at is NULL.
CREATE TABLE page_approvals (
  page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
  approved_by INTEGER NOT NULL REFERENCES profiles(id),
  approved_at TEXT NOT NULL,
  withdrawn_by INTEGER REFERENCES profiles(id),
  withdrawn_at TEXT,
  withdrawn_note TEXT NOT NULL DEFAULT ''
);

-- Story versions saved on an approved (or since withdrawn) page; cleared by the next approval.
CREATE TABLE page_changes (
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  from_version INTEGER NOT NULL,
  to_version INTEGER NOT NULL,
  profile_id INTEGER NOT NULL REFERENCES profiles(id),
  at TEXT NOT NULL
);
CREATE INDEX page_changes_by_page ON page_changes(page_id, id);
`;
