/**
 * A character index for one- and two-character queries (DESIGN.md, "The store").
 *
 * Trigrams cannot find a one- or two-character query, so those take a LIKE scan (repos/
 * search.ts), which stops at the limit when it hits but reads the whole archive when it
 * misses. `story_chars` answers "which stories hold this character, or these two characters
 * side by side" from an index instead: an FTS5 table with the default unicode61 tokenizer
 * over a spaced form of the same text (see spacedText), where every non-ASCII character is a
 * token of its own; a two-character query is then a phrase of two tokens. It only narrows
 * the candidates: LIKE over the candidates stays the truth for what matches and in what order.
 *
 * Contentless (content=''), with contentless_delete so the triggers can delete a story's
 * rows: nothing reads the spaced text back, so it is not stored, only its index.
 *
 * The triggers call nd_spaced(), a JavaScript function that openDatabase registers on every
 * connection before it migrates. A connection without it cannot write `stories` ("no such
 * function: nd_spaced"); every writer of a Newsdesk database (the app, the CLI, the host)
 * opens it through openDatabase, and a read-only connection needs nothing.
 */
import { bodyTextSql } from './002-search';

/** The SQL name of spacedText, registered by openDatabase. */
export const SPACED_FUNCTION = 'nd_spaced';

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
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x80) out += ` u${code.toString(16)} `;
    else out += isAsciiAlnum(code) ? ch : ' ';
  }
  return out;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function charsRow(row: 'NEW' | 'stories'): string {
  const col = (name: string) => (row === 'NEW' ? `NEW.${name}` : name);
  const spaced = (sql: string) => `${SPACED_FUNCTION}(${sql})`;
  return [
    row === 'NEW' ? 'NEW.id' : 'id',
    spaced(col('kicker')),
    spaced(col('headline')),
    spaced(col('subhead')),
    spaced(bodyTextSql(col('document'))),
  ].join(', ');
}

export const searchCharsSchema = `
CREATE VIRTUAL TABLE story_chars USING fts5(
  kicker, headline, subhead, body,
  content = '', contentless_delete = 1
);

CREATE TRIGGER stories_chars_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_chars (rowid, kicker, headline, subhead, body) VALUES (${charsRow('NEW')});
END;
CREATE TRIGGER stories_chars_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  DELETE FROM story_chars WHERE rowid = OLD.id;
  INSERT INTO story_chars (rowid, kicker, headline, subhead, body) VALUES (${charsRow('NEW')});
END;
CREATE TRIGGER stories_chars_delete AFTER DELETE ON stories BEGIN
  DELETE FROM story_chars WHERE rowid = OLD.id;
END;

-- The plain text is already in story_search: no need to walk every document again.
INSERT INTO story_chars (rowid, kicker, headline, subhead, body)
  SELECT rowid, ${SPACED_FUNCTION}(kicker), ${SPACED_FUNCTION}(headline),
    ${SPACED_FUNCTION}(subhead), ${SPACED_FUNCTION}(body)
  FROM story_search;
`;
