/**
 * SQLite 3.40 (Debian 12, Python's sqlite3) can open, check and write the file: the search
 * triggers no longer need SQLite 3.44 or a JavaScript function. Frozen text.
 */
export const sqlite340Schema = `
-- The search index: the same text, without an ORDER BY inside group_concat (SQLite 3.44).
-- The rows reach group_concat in the order of the subquery's ORDER BY: SQLite does not
-- flatten a subquery with a window function into an aggregate.
DROP TRIGGER stories_search_insert;
DROP TRIGGER stories_search_update;
CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_search (rowid, kicker, headline, subhead, body)
  VALUES (NEW.id, NEW.kicker, NEW.headline, NEW.subhead, (SELECT coalesce(group_concat(piece, ''), '') FROM (
    SELECT CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')
    ORDER BY id)));
END;
CREATE TRIGGER stories_search_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  DELETE FROM story_search WHERE rowid = OLD.id;
  INSERT INTO story_search (rowid, kicker, headline, subhead, body)
  VALUES (NEW.id, NEW.kicker, NEW.headline, NEW.subhead, (SELECT coalesce(group_concat(piece, ''), '') FROM (
    SELECT CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(NEW.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')
    ORDER BY id)));
END;

-- The character index without JavaScript in triggers and without contentless_delete
-- (SQLite 3.43): triggers only note which story changed and the text the index holds for
-- it; the store spaces the text and updates story_chars (store/search-chars.ts).
DROP TRIGGER stories_chars_insert;
DROP TRIGGER stories_chars_update;
DROP TRIGGER stories_chars_delete;
DROP TABLE story_chars;
CREATE VIRTUAL TABLE story_chars USING fts5(kicker, headline, subhead, body, content = '');
CREATE TABLE story_chars_pending (
  story_id INTEGER PRIMARY KEY,
  -- The text story_chars holds for the story; NULL headline: nothing indexed yet.
  kicker TEXT,
  headline TEXT,
  subhead TEXT,
  body TEXT
);
CREATE TRIGGER stories_chars_insert AFTER INSERT ON stories BEGIN
  INSERT OR IGNORE INTO story_chars_pending (story_id) VALUES (NEW.id);
END;
-- OR IGNORE: a story changed twice before the store indexes it keeps the first old text,
-- which is what the index holds.
CREATE TRIGGER stories_chars_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  INSERT OR IGNORE INTO story_chars_pending (story_id, kicker, headline, subhead, body)
  VALUES (OLD.id, OLD.kicker, OLD.headline, OLD.subhead, (SELECT coalesce(group_concat(piece, ''), '') FROM (
    SELECT CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(OLD.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')
    ORDER BY id)));
  INSERT OR IGNORE INTO story_chars_pending (story_id) VALUES (NEW.id);
END;
CREATE TRIGGER stories_chars_delete AFTER DELETE ON stories BEGIN
  INSERT OR IGNORE INTO story_chars_pending (story_id, kicker, headline, subhead, body)
  VALUES (OLD.id, OLD.kicker, OLD.headline, OLD.subhead, (SELECT coalesce(group_concat(piece, ''), '') FROM (
    SELECT CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(OLD.document, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')
    ORDER BY id)));
END;
-- Every story is indexed again by the store when it next opens the file.
INSERT INTO story_chars_pending (story_id) SELECT id FROM stories;
`;
