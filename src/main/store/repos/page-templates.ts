// The paper's own page templates (migration 009); the built-in ones come from
// shared/compose/builtin-templates.ts. Slots are JSON, read tolerantly: a row written by
// hand or by an older build loses the slots it cannot read, never the template.

import { z } from 'zod';
import type { PageTemplateData } from '../../../shared/compose/page-template';
import { TemplateSlot } from '../../../shared/contract/domains/template';
import type { Db } from '../open-database';

interface TemplateRow {
  name: string;
  paper: PageTemplateData['paper'];
  columns: number;
  rows: number;
  front: number;
  slots: string;
}

function slotsOf(json: string): PageTemplateData['slots'] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) => {
    const parsed = TemplateSlot.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

const toTemplate = (row: TemplateRow): PageTemplateData => ({
  name: row.name,
  paper: row.paper,
  columns: row.columns,
  rows: row.rows,
  front: row.front === 1,
  slots: slotsOf(row.slots),
});

const COLUMNS = 'name, paper, columns, rows, front, slots';

export function createPageTemplatesRepo(db: Db) {
  return {
    list(): PageTemplateData[] {
      return db
        .prepare<[], TemplateRow>(`SELECT ${COLUMNS} FROM page_templates ORDER BY name`)
        .all()
        .map(toTemplate);
    },
    get(name: string): PageTemplateData | undefined {
      const row = db
        .prepare<[string], TemplateRow>(`SELECT ${COLUMNS} FROM page_templates WHERE name = ?`)
        .get(name);
      return row && toTemplate(row);
    },
    /** Inserts the template, or overwrites the one of that name. */
    put(t: PageTemplateData, by: number, at: string): void {
      db.prepare(
        `INSERT INTO page_templates (name, paper, columns, rows, front, slots, created_by,
           created_at, updated_at)
         VALUES (@name, @paper, @columns, @rows, @front, @slots, @by, @at, @at)
         ON CONFLICT (name) DO UPDATE SET paper = excluded.paper, columns = excluded.columns,
           rows = excluded.rows, front = excluded.front, slots = excluded.slots,
           updated_at = excluded.updated_at`,
      ).run({
        name: t.name,
        paper: t.paper,
        columns: t.columns,
        rows: t.rows,
        front: t.front ? 1 : 0,
        slots: JSON.stringify(z.array(TemplateSlot).parse(t.slots)),
        by,
        at,
      });
    },
    rename(name: string, newName: string, at: string): boolean {
      return (
        db
          .prepare('UPDATE page_templates SET name = ?, updated_at = ? WHERE name = ?')
          .run(newName, at, name).changes > 0
      );
    },
    remove(name: string): boolean {
      return db.prepare('DELETE FROM page_templates WHERE name = ?').run(name).changes > 0;
    },
  };
}
