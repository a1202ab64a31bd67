/**
 * A story's own hyphenation language (en-us, en-gb, off), for a British wire story in an
 * American paper or a story that must not be hyphenated; NULL follows the paper's setting.
 * Adds a column only, so it applies on top of any earlier migration.
 */
export const storyHyphenationSchema = `
ALTER TABLE stories ADD COLUMN hyphenation TEXT
  CHECK (hyphenation IS NULL OR hyphenation IN ('en-us', 'en-gb', 'off'));
`;
