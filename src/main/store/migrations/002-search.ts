/**
 * Full-text search over the headline stack and the body (DESIGN.md, "The store").
 *
 * `story_search` is an FTS5 table with the trigram tokenizer (substring search that works for
 * Chinese), rowid = story id. It stores its own copy of the plain text (a regular, not an
 * external-content or contentless table) because the body exists in `stories` only as JSON:
 * - external content would need a view that re-runs json_tree on every snippet() read, and
 *   its delete trigger would have to reproduce the old text exactly or the index goes wrong;
 * - contentless tables cannot give snippet()/highlight(), and the one- and two-character LIKE
 *   fallback needs the plain text too.
 * The copy costs disk (the text is stored twice); the benchmark reports the size.
 *
 * Triggers keep it true for every writer of `stories`, with no code in the repositories.
 */

/**
 * Plain text of a stored document: the `text` leaves and photo captions (the units of
 * shared/story/block-text.ts) in document order (json_tree ids grow in document order).
 * Leaves of one block (bold runs and the like) join with nothing, so a search matches across
 * a run boundary; blocks join with a newline. A leaf's block is its path without the last
 * index (`$.body[2].children[0].children[1]` -> `...children[0].children`); a caption is a
 * block of its own.
 */
export function bodyTextSql(document: string): string {
  return `(SELECT coalesce(group_concat(piece, '' ORDER BY id), '') FROM (
    SELECT id, CASE WHEN coalesce(lag(block) OVER (ORDER BY id), block) = block
      THEN value ELSE char(10) || value END AS piece
    FROM (SELECT id, value,
        CASE key WHEN 'text' THEN rtrim(path, '[]0123456789') ELSE fullkey END AS block
      FROM json_tree(${document}, '$.body')
      WHERE key IN ('text', 'caption') AND type = 'text' AND value <> '')))`;
}

function indexRow(row: 'NEW' | 'stories'): string {
  const id = row === 'NEW' ? 'NEW.id' : 'id';
  const col = (name: string) => (row === 'NEW' ? `NEW.${name}` : name);
  return `${id}, ${col('kicker')}, ${col('headline')}, ${col('subhead')}, ${bodyTextSql(col('document'))}`;
}

export const searchSchema = `
CREATE VIRTUAL TABLE story_search USING fts5(
  kicker, headline, subhead, body,
  tokenize = 'trigram'
);
-- Best first: a hit in the headline stack counts more than one in the body.
INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(2.0, 5.0, 2.0, 1.0)');

CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_search (rowid, kicker, headline, subhead, body) VALUES (${indexRow('NEW')});
END;
-- Only when searched text changes: a status change does not rewrite the index.
CREATE TRIGGER stories_search_update
  AFTER UPDATE OF id, kicker, headline, subhead, document ON stories BEGIN
  DELETE FROM story_search WHERE rowid = OLD.id;
  INSERT INTO story_search (rowid, kicker, headline, subhead, body) VALUES (${indexRow('NEW')});
END;
CREATE TRIGGER stories_search_delete AFTER DELETE ON stories BEGIN
  DELETE FROM story_search WHERE rowid = OLD.id;
END;

INSERT INTO story_search (rowid, kicker, headline, subhead, body)
  SELECT ${indexRow('stories')} FROM stories;

-- The one- and two-character fallback walks stories newest first and reads the headline
-- stack from this covering index, never from the wide story rows.
CREATE INDEX stories_search_recent
  ON stories (updated_at, id, author_id, desk_date, kicker, headline, subhead);
`;
