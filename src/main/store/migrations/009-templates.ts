/**
 * Page templates (版式模板): a page's arrangement saved under a name, its slots (module
 * rectangles with the priority and kind of story they held, and whether it had a photo) as
 * JSON on the grid it was made on. The paper's own; the built-in front pages live in the
 * code (src/shared/compose/builtin-templates.ts), not here. Adds a table only.
 */
export const templatesSchema = `
CREATE TABLE page_templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  paper TEXT NOT NULL CHECK (paper IN ('broadsheet', 'tabloid', 'custom')),
  columns INTEGER NOT NULL CHECK (columns BETWEEN 1 AND 31),
  rows INTEGER NOT NULL CHECK (rows BETWEEN 1 AND 511),
  front INTEGER NOT NULL DEFAULT 0 CHECK (front IN (0, 1)),
  slots TEXT NOT NULL DEFAULT '[]',
  created_by INTEGER REFERENCES profiles(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;
