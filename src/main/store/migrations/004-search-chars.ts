/**
 * A character index for one- and two-character queries: an FTS5 table with the default
 * unicode61 tokenizer over a spaced form of the text, every non-ASCII character a token.
 *
 * Frozen text, as released. Its triggers and backfill call nd_spaced(), a JavaScript
 * function (store/search-chars.ts spacedText) that the migration runner registers while it
 * applies this migration; `contentless_delete` needs SQLite 3.43. Migration 006 replaces the
 * table and its triggers with ones that need neither.
 */
export const searchCharsSchema = `
CREATE VIRTUAL TABLE story_chars USING fts5(
  kicker, headline, subhead, body,
  content = '', contentless_delete = 1
);

CREATE TRIGGER stories_chars_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_chars (rowid, kicker, headline, subhead, body) VALUES (NEW.id, nd_spaced(NEW.kicker), nd_spaced(NEW.headline), nd_spaced(NEW.subhead), nd_spaced((SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')))));
END;
CREATE TRIGGER stories_chars_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  DELETE FROM story_chars WHERE rowid = OLD.id;
  INSERT INTO story_chars (rowid, kicker, headline, subhead, body) VALUES (NEW.id, nd_spaced(NEW.kicker), nd_spaced(NEW.headline), nd_spaced(NEW.subhead), nd_spaced((SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')))));
END;
CREATE TRIGGER stories_chars_delete AFTER DELETE ON stories BEGIN
  DELETE FROM story_chars WHERE rowid = OLD.id;
END;

-- The plain text is already in story_search: no need to walk every document again.
INSERT INTO story_chars (rowid, kicker, headline, subhead, body)
  SELECT rowid, nd_spaced(kicker), nd_spaced(headline),
    nd_spaced(subhead), nd_spaced(body)
  FROM story_search;
`;
