import type { Db } from './open-database';

/**
 * Text spaced for unicode61 so that each non-ASCII character is one token: ASCII letters and
 * digits stay words, other ASCII is a separator, and every other character (Han, kana,
 * Hangul, full-width forms, CJK punctuation, anything else) becomes `u` + its code point in
 * hex. Encoding keeps the tokens exact whatever unicode61 thinks of a character (it would
 * drop punctuation and fold or strip some letters) and whatever Unicode version SQLite has.
 * A Latin word spelled like a code (`u4e2d`) can only add a candidate, which LIKE drops.
 * Deterministic: the same text gives the same tokens on every run (the index depends on it).
 */
export function spacedText(text: string | null): string {
  if (!text) return '';
  // Written as bytes into one buffer (every token is ASCII): a 2,000,000-character body is
  // spaced in tens of milliseconds, not hundreds of string concatenation and its garbage.
  // A token is at most 9 bytes (" u10ffff ").
  const out = Buffer.allocUnsafe(text.length * 9);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out[at++] = isAsciiAlnum(code) ? code : SPACE;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      code = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      i++;
    }
    out[at++] = SPACE;
    out[at++] = LETTER_U;
    let shift = 0;
    while (code >> (shift + 4) > 0) shift += 4;
    for (; shift >= 0; shift -= 4) out[at++] = HEX[(code >> shift) & 15] as number;
    out[at++] = SPACE;
  }
  return out.toString('latin1', 0, at);
}

const SPACE = 0x20;
const LETTER_U = 0x75;
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The SQL name under which migration 004's frozen text calls spacedText. */
export const LEGACY_SPACED_FUNCTION = 'nd_spaced';

interface PendingRow {
  story_id: number;
  kicker: string | null;
  headline: string | null;
  subhead: string | null;
  body: string | null;
}

/**
 * Brings `story_chars` (migration 006) up to date with `stories`. Plain SQL triggers, which
 * any SQLite from 3.40 runs, note each changed story in `story_chars_pending` with the text
 * the index holds for it; this spaces the old text to delete its tokens from the contentless
 * index and the new text (from story_search, kept by triggers) to add them. Called by the
 * stories repository inside the writing transaction, at open (a file edited with the sqlite3
 * shell) and before a character query.
 */
export function createCharIndex(db: Db) {
  const pending = db.prepare<[], PendingRow>('SELECT * FROM story_chars_pending');
  const current = db.prepare<[number], Omit<PendingRow, 'story_id'>>(
    'SELECT kicker, headline, subhead, body FROM story_search WHERE rowid = ?',
  );
  const remove = db.prepare(`INSERT INTO story_chars (story_chars, rowid, kicker, headline,
    subhead, body) VALUES ('delete', ?, ?, ?, ?, ?)`);
  const add = db.prepare(
    'INSERT INTO story_chars (rowid, kicker, headline, subhead, body) VALUES (?, ?, ?, ?, ?)',
  );
  const done = db.prepare('DELETE FROM story_chars_pending WHERE story_id = ?');
  const spaced = (row: Omit<PendingRow, 'story_id'>) =>
    [row.kicker, row.headline, row.subhead, row.body].map(spacedText);

  return {
    /** Indexes every pending story; returns how many. */
    sync(): number {
      const rows = pending.all();
      for (const row of rows) {
        // A NULL headline (never NULL in stories) means nothing is indexed for the story yet.
        if (row.headline !== null) remove.run(row.story_id, ...spaced(row));
        const now = current.get(row.story_id);
        if (now) add.run(row.story_id, ...spaced(now));
        done.run(row.story_id);
      }
      return rows.length;
    },
  };
}
export type CharIndex = ReturnType<typeof createCharIndex>;
