/**
 * The board's per-module controls (issue 12, point 6): headline size, weight and lines,
 * photo columns, place and crop, a box or rules round the module. One JSON object per
 * placement, apart from `module` (a move to another page clears the module's geometry but
 * keeps these: they belong to the story's setting, not to the old page). Adds a column only.
 */
export const moduleControlsSchema = `
ALTER TABLE placements ADD COLUMN controls TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(controls) AND json_type(controls) = 'object');
`;
