/**
 * Full-text search over the headline stack and the body.
 *
 * `story_search` is an FTS5 table with the trigram tokenizer (substring search that works for
 * Chinese), rowid = story id. It stores its own copy of the plain text (a regular, not an
 * external-content or contentless table) because the body exists in `stories` only as JSON:
 * - external content would need a view that re-runs json_tree on every snippet() read, and
 *   its delete trigger would have to reproduce the old text exactly or the index goes wrong;
 * - contentless tables cannot give snippet()/highlight(), and the one- and two-character LIKE
 *   fallback needs the plain text too.
 * The body text is the `text` leaves and photo captions in document order (json_tree ids
 * grow in document order); leaves of one block join with nothing, blocks with a newline.
 *
 * Frozen text, as released: its group_concat(... ORDER BY ...) needs SQLite 3.44, so
 * migration 006 replaces these triggers with SQL that SQLite 3.40 runs too.
 */
export const searchSchema = `
CREATE VIRTUAL TABLE story_search USING fts5(
  kicker, headline, subhead, body,
  tokenize = 'trigram'
);
-- Best first: a hit in the headline stack counts more than one in the body.
INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(2.0, 5.0, 2.0, 1.0)');

CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_search (rowid, kicker, headline, subhead, body) VALUES (NEW.id, NEW.kicker, NEW.headline, NEW.subhead, (SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> ''))));
END;
-- Only when searched text changes: a status change does not rewrite the index.
CREATE TRIGGER stories_search_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  DELETE FROM story_search WHERE rowid = OLD.id;
  INSERT INTO story_search (rowid, kicker, headline, subhead, body) VALUES (NEW.id, NEW.kicker, NEW.headline, NEW.subhead, (SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> ''))));
END;
CREATE TRIGGER stories_search_delete AFTER DELETE ON stories BEGIN
  DELETE FROM story_search WHERE rowid = OLD.id;
END;

INSERT INTO story_search (rowid, kicker, headline, subhead, body)
  SELECT id, kicker, headline, subhead, (SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> ''))) FROM stories;

-- The one- and two-character fallback walks stories newest first and reads the headline
-- stack from this covering index, never from the wide story rows.
CREATE INDEX stories_search_recent
  ON stories (updated_at, id, author_id, desk_date, kicker, headline, subhead);
`;
