/**
 * 本稿需 N 字: the length an editor asks of a story before it has a page, in 字数. Kept on the
 * story (not its placement: the story has none yet), outside its versions and revisions.
 * Adds a column only, so it applies on top of any earlier migration.
 */
export const targetLengthSchema = `
ALTER TABLE stories ADD COLUMN target_chars INTEGER
  CHECK (target_chars IS NULL OR (target_chars BETWEEN 1 AND 2000000));
`;
