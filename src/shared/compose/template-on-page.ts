// A template laid onto a composed page: the page's grid (under its masthead or folio) and
// what each story's text wants at a slot's width, from the same estimate auto-layout uses.

import {
  DEFAULT_SETTINGS,
  type FontSet,
  type Story,
  type TypesetSession,
  type TypesetSettings,
  typesetSession,
} from '../typeset';
import { estimateNeed, type PartNeed } from './estimate';
import { bodyGrid } from './geometry';
import { type PageTemplateData, planTemplate, type TemplatePlan } from './page-template';
import type { ComposedPage, Priority, StoryKind } from './types';

export interface TemplateStory {
  id: string;
  story: Story;
  priority: Priority;
  kind: StoryKind;
}

/** Module lines below a story's text: the rule between it and the next module. */
const FOOT_ROWS = 1;

export function planTemplateOnPage(
  template: PageTemplateData,
  page: ComposedPage,
  stories: readonly TemplateStory[],
  settings: TypesetSettings,
  fonts: FontSet,
  given?: TypesetSession,
): TemplatePlan {
  const g = page.geometry;
  const grid = bodyGrid(g, Math.round((page.grid.top - g.margins.top) / g.leading));
  const set = { ...DEFAULT_SETTINGS, ...settings, leading: g.leading };
  const session = typesetSession(fonts, given);
  const needs = new Map<string, PartNeed>();
  const byId = new Map(stories.map((s) => [s.id, s]));
  const rowsOf = (id: string, cols: number): number => {
    const s = byId.get(id);
    if (!s) return 0;
    let need = needs.get(id);
    if (!need) {
      need = estimateNeed(s.story, s.priority, null, undefined, grid, set, fonts, session);
      needs.set(id, need);
    }
    return need.rows(cols) + FOOT_ROWS;
  };
  return planTemplate(
    template,
    { columns: grid.columns, rows: grid.rows },
    stories.map((s) => ({
      id: s.id,
      priority: s.priority,
      kind: s.kind,
      photo: s.story.blocks[0]?.kind === 'photo',
      size: textLength(s.story),
    })),
    rowsOf,
  );
}

function textLength(story: Story): number {
  let n = 0;
  for (const b of story.blocks)
    if (b.kind === 'paragraph') for (const r of b.runs) n += r.text.length;
  return n;
}
