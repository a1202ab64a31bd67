import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { IsoDate } from '../../model/story';
import { FONT_KEYS } from '../../typeset/font-metrics';
import { Id } from './common';

// Composed pages as plain JSON the board can paint without the engine: every length is in
// pt from the page's top-left corner (trim box), every line carries its glyph runs with the
// pen position, font and letter-spacing the engine chose (what render-lines paints).

const Pt = z.number();

export const LayoutRect = z.object({ x: Pt, y: Pt, w: Pt, h: Pt });
export type LayoutRect = z.infer<typeof LayoutRect>;

/** A module on the body grid: whole columns × whole grid lines; line 0 is below furniture. */
export const ModuleSpec = z
  .object({
    col: z.number().int().min(0),
    line: z.number().int().min(0),
    cols: z.number().int().min(1),
    lines: z.number().int().min(1),
  })
  .strict();
export type ModuleSpec = z.infer<typeof ModuleSpec>;

export const LayoutFont = z.enum(FONT_KEYS);

/** Glyphs of one font with equal spacing: paint `text` at `x` (from the line's left). */
export const LayoutSpan = z.object({
  x: Pt,
  text: z.string(),
  font: LayoutFont,
  /** CSS letter-spacing in pt. */
  spacing: Pt,
});

export const LineKind = z.enum([
  'body',
  'crosshead',
  'caption',
  'kicker',
  'headline',
  'subhead',
  'byline',
]);

/** One set line: left edge `x` and `baseline` on the page, font `size`, line `measure`. */
export const LayoutLine = z.object({
  kind: LineKind,
  /** The story block the line belongs to (furniture lines: 0). */
  block: z.number().int(),
  x: Pt,
  baseline: Pt,
  size: Pt,
  measure: Pt,
  text: z.string(),
  spans: z.array(LayoutSpan),
});
export type LayoutLine = z.infer<typeof LayoutLine>;

export const FurnitureKind = z.enum(['masthead', 'folio', 'jump', 'continued-headline']);

export const LayoutFurniture = z.object({
  kind: FurnitureKind,
  storyId: Id.nullable(),
  box: LayoutRect,
  lines: z.array(LayoutLine),
});

export const LayoutImage = z.object({
  /** Asset hash: fetch with asset.get. */
  asset: z.string(),
  role: z.enum(['logo', 'photo']),
  storyId: Id.nullable(),
  box: LayoutRect,
});
export type LayoutImage = z.infer<typeof LayoutImage>;

export const LayoutRule = z.object({ x1: Pt, y1: Pt, x2: Pt, y2: Pt, weight: Pt });

export const LayoutModule = z.object({
  storyId: Id,
  /** 1 for the story's own module, 2 for its continuation after a jump. */
  part: z.number().int().min(1),
  module: ModuleSpec,
  /** True when the editor (or layout.auto) saved this module; false when placed on the fly. */
  fixed: z.boolean(),
  box: LayoutRect,
  /** Where the text flows inside the module. */
  frame: LayoutRect,
  lines: z.array(LayoutLine),
  /** Jump lines and the repeated headline of a continuation. */
  furniture: z.array(LayoutFurniture),
  photos: z.array(LayoutImage),
  linesOver: z.number().int().min(0),
  charsOver: z.number().int().min(0),
  linesUnder: z.number().int().min(0),
  jumpTo: PageNumber.nullable(),
});
export type LayoutModule = z.infer<typeof LayoutModule>;

export const LayoutPageReport = z.object({
  overset: z.array(z.object({ storyId: Id, lines: z.number().int(), chars: z.number().int() })),
  /** Grid lines of the body left empty (all columns counted). */
  emptyLines: z.number().int().min(0),
  notPlaced: z.array(z.object({ storyId: Id, reason: z.string() })),
  missingGlyphs: z.array(z.string()),
  notes: z.array(z.string()),
});

export const LayoutPage = z.object({
  number: PageNumber,
  name: z.string(),
  /** Trim size in pt (and as the setting states it, in mm). */
  trim: z.object({ w: Pt, h: Pt, wMm: z.number(), hMm: z.number() }),
  /** The body grid: top of line 0, columns, rows, column width, gutter and pitch in pt. */
  grid: z.object({
    top: Pt,
    left: Pt,
    columns: z.number().int(),
    rows: z.number().int(),
    columnWidth: Pt,
    gutter: Pt,
    leading: Pt,
  }),
  furniture: z.array(LayoutFurniture),
  images: z.array(LayoutImage),
  rules: z.array(LayoutRule),
  modules: z.array(LayoutModule),
  report: LayoutPageReport,
});
export type LayoutPage = z.infer<typeof LayoutPage>;

/** What layout.preview reports for a module while it is dragged. */
export const ModulePreview = z.object({
  linesOver: z.number().int().min(0),
  charsOver: z.number().int().min(0),
  linesUnder: z.number().int().min(0),
  /** In the body, overlapping no other module, and no text left over. */
  fits: z.boolean(),
  overlapsStoryId: Id.nullable(),
});
export type ModulePreview = z.infer<typeof ModulePreview>;

export const LayoutIssue = z.object({
  date: z.string(),
  number: z.number().int(),
  pageCount: z.number().int(),
  /** All pages, or the one asked for. */
  pages: z.array(LayoutPage),
  /** Placed stories the layout could not set anywhere, and overset text over all pages. */
  notPlaced: z.array(z.object({ storyId: Id, page: PageNumber, reason: z.string() })),
  overset: z.array(
    z.object({ storyId: Id, page: PageNumber, lines: z.number().int(), chars: z.number().int() }),
  ),
  /** Jumps to pages the issue lacks. */
  lostJumps: z.array(z.object({ storyId: Id, toPage: z.number().int() })),
});
export type LayoutIssue = z.infer<typeof LayoutIssue>;

export const PreflightIssue = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  page: PageNumber.nullable(),
  storyId: Id.nullable(),
  message: z.string(),
});
export type PreflightIssue = z.infer<typeof PreflightIssue>;

const ExportArgs = z
  .object({
    date: IsoDate,
    /** Bleed around the trim, in mm (0–10; 3 is usual). */
    bleedMm: z.number().min(0).max(10).optional(),
    cropMarks: z.boolean().optional(),
  })
  .strict();

const DatePage = z.object({ date: IsoDate, page: PageNumber.optional() }).strict();

/** A story part (part 2 = its continuation on the jump page) in a module of the page. */
const ModulePlacement = z
  .object({
    date: IsoDate,
    storyId: Id,
    part: z.number().int().min(1).max(2).optional(),
    module: ModuleSpec,
  })
  .strict();

/**
 * Page layout of a day's issue (NEWSROOM.md, "A day's issue"). Anyone may compose what they
 * may see (a reporter gets other people's modules as empty boxes); editors and up change it.
 */
export const layoutApi = {
  /** Composes the issue as saved (fixed modules kept, the rest placed on the fly). */
  'layout.compose': { args: DatePage, result: LayoutIssue },
  /** Auto-layout of the page(s); saves every placement's module in one transaction. */
  'layout.auto': { args: DatePage, result: LayoutIssue },
  /**
   * Moves or resizes a story's module (part 2 = its continuation on the jump page). The
   * module must lie inside the page body and overlap no other module ('refused' names it).
   */
  'layout.setModule': {
    args: ModulePlacement,
    result: LayoutPage,
  },
  /**
   * Copyfit of a story part (part 2 = its continuation) in a module it is being dragged to,
   * without saving: the numbers layout.setModule would then report. The module must lie in
   * the page body; an overlap is reported (setModule would refuse it), not refused.
   */
  'layout.preview': {
    args: ModulePlacement,
    result: ModulePreview,
  },
  /** The story jumps to a later page: its continuation gets a module there. */
  'layout.linkJump': {
    args: z.object({ date: IsoDate, storyId: Id, toPage: PageNumber }).strict(),
    result: LayoutIssue,
  },
  /** The story no longer jumps; its continuation module is dropped. */
  'layout.unlinkJump': {
    args: z.object({ date: IsoDate, storyId: Id }).strict(),
    result: LayoutIssue,
  },
  /** Checks the issue before export (pure rules in shared/preflight). */
  'preflight.run': { args: z.object({ date: IsoDate }).strict(), result: z.array(PreflightIssue) },
  /** The print-ready HTML (fonts subset and embedded, images inlined, no script). Editors+. */
  'export.html': {
    args: ExportArgs,
    result: z.object({ html: z.string(), bytes: z.number().int(), pages: z.number().int() }),
  },
  /**
   * The PDF as base64: the caller writes the file (CLI, Electron save dialog) or offers a
   * download (browser), so no transport can make the desk write to an arbitrary path.
   */
  'export.pdf': {
    args: ExportArgs,
    result: z.object({ pdfBase64: z.string(), bytes: z.number().int(), pages: z.number().int() }),
  },
} as const;
