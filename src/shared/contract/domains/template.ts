import { z } from 'zod';
import { STORY_KINDS } from '../../compose/types';
import { PAPER_SIZES, PageNumber } from '../../model/issue';
import { TEMPLATE_NAME_MAX_LENGTH } from '../../model/limits';
import { IsoDate, Priority } from '../../model/story';
import { LayoutIssue, ModuleSpec } from '../wire/layout-page';

/** A template's name: one line, as the editor calls it (对开·头条通栏, 周一要闻版). */
export const TemplateName = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(TEMPLATE_NAME_MAX_LENGTH, `longer than ${TEMPLATE_NAME_MAX_LENGTH} characters`)
  .refine((s) => !/\p{Cc}/u.test(s), 'has control characters');

export const TemplateSlot = z
  .object({
    module: ModuleSpec,
    priority: Priority,
    kind: z.enum(STORY_KINDS),
    photo: z.boolean(),
  })
  .strict();

/** A page's arrangement: slots on a grid of `columns` × `rows` body lines. */
export const PageTemplate = z.object({
  name: z.string(),
  /** Shipped with the app (cannot be renamed or deleted) or saved by the paper. */
  builtIn: z.boolean(),
  paper: z.enum(PAPER_SIZES),
  columns: z.number().int().min(1),
  rows: z.number().int().min(1),
  /** Made for page 1, under the masthead. */
  front: z.boolean(),
  slots: z.array(TemplateSlot),
});
export type PageTemplate = z.infer<typeof PageTemplate>;

const DatePage = { date: IsoDate, page: PageNumber };

/**
 * Page templates (版式模板, NEWSROOM.md "Page templates"): the built-in front pages and the
 * paper's own. Anyone signed in may list them; editors and up save, apply, rename, delete.
 */
export const templateApi = {
  /** The built-in ones first, then the paper's own by name; `paper` keeps one size's. */
  'template.list': {
    args: z.object({ paper: z.enum(PAPER_SIZES).optional() }).strict(),
    result: z.array(PageTemplate),
  },
  /** Saves the page's arrangement as it is composed now; `replace` overwrites one of the paper's. */
  'template.save': {
    args: z.object({ ...DatePage, name: TemplateName, replace: z.boolean().optional() }).strict(),
    result: PageTemplate,
  },
  /**
   * Lays the template onto the page with the stories placed there: each slot takes the story
   * of its priority and kind (the longest first), its depth settled to the text; briefs and
   * stories without a slot are set around them. The slotted modules are pinned unless
   * `pin` is false. Returns the issue composed, with any jumps it proposes.
   */
  'template.apply': {
    args: z.object({ ...DatePage, name: TemplateName, pin: z.boolean().optional() }).strict(),
    result: LayoutIssue,
  },
  'template.rename': {
    args: z.object({ name: TemplateName, newName: TemplateName }).strict(),
    result: PageTemplate,
  },
  'template.delete': {
    args: z.object({ name: TemplateName }).strict(),
    result: z.object({ deleted: z.literal(true) }),
  },
} as const;
