import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { CropRect, ModuleControls } from '../../model/module-controls';
import { IsoDate } from '../../model/story';
import { Id } from './common';
import { DisplayPageWire } from './display';

// Composed pages as plain JSON: every length is in pt from the page's top-left corner (trim
// box). What the board paints is each page's display list (`display`, the one the HTML and
// PDF paint from); the lines here say what was set where (kind, text, baseline), not how.

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
  /** Where the whole image goes, scaled to cover `box` (and its crop) and clipped by it. */
  place: LayoutRect.optional(),
  /** The part of the image the editor chose to show (module controls). */
  crop: CropRect.optional(),
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
  /** Pinned by the editor's hand (moved, resized or pinned): auto-layout keeps it exactly. */
  pinned: z.boolean(),
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
  /** The editor's controls of the story's module ({} when layout decides everything). */
  controls: ModuleControls.optional(),
  /** Marked "may jump" (可转版): jumps first where its page cannot hold its stories. */
  mayJump: z.boolean(),
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
  /** The page's display list (trim-sized: no bleed, no marks), without the text of stories
   * the actor may not read. */
  display: DisplayPageWire,
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
  /**
   * Jumps auto-layout proposes where a page cannot hold its stories: per page its longest
   * overset non-brief story, to the next page with room; layout.auto with `jump` makes them.
   */
  proposedJumps: z.array(
    z.object({ storyId: Id, fromPage: PageNumber, toPage: PageNumber, lines: z.number().int() }),
  ),
});
export type LayoutIssue = z.infer<typeof LayoutIssue>;

export const PreflightIssue = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  page: PageNumber.nullable(),
  storyId: Id.nullable(),
  message: z.string(),
  /** What the UI words `code` with (counts, pages, characters); `message` is for the CLI. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type PreflightIssue = z.infer<typeof PreflightIssue>;

const ExportArgs = z
  .object({
    date: IsoDate,
    /** Bleed around the trim, in mm (0–10; 3 is usual). */
    bleedMm: z.number().min(0).max(10).optional(),
    cropMarks: z.boolean().optional(),
    /** Export despite preflight errors, for this reason (audited, and in the PDF's Info). */
    force: z.string().trim().min(1).max(500).optional(),
    /** PDF: also one file per page, named by the print.pageFiles setting. */
    perPage: z.boolean().optional(),
    /** PDF: photo colour for this export instead of the print.colour setting. */
    colour: z.enum(['cmyk', 'grey', 'rgb']).optional(),
  })
  .strict();

/** What an export went ahead with: the preflight warnings, and the reason when forced. */
const ExportChecks = {
  warnings: z.array(PreflightIssue),
  forced: z.string().optional(),
};

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
  /**
   * Auto-layout of the page(s), pinned modules kept; saves every placement's module in one
   * transaction. Where a page cannot hold its stories, a story marked "may jump" there
   * jumps; with `jump`, so do the proposed ones (a story still overset, the longest
   * non-brief first), to `toPage` or the next page with room, with jump lines, and the
   * pages are laid out again. Without `jump` the result lists them as `proposedJumps`.
   * With `page` the result holds that page only, or every page with `whole` (the board).
   */
  'layout.auto': {
    args: z
      .object({
        date: IsoDate,
        page: PageNumber.optional(),
        jump: z.boolean().optional(),
        toPage: PageNumber.optional(),
        whole: z.boolean().optional(),
      })
      .strict(),
    result: LayoutIssue,
  },
  /**
   * Moves or resizes a story's module (part 2 = its continuation on the jump page) and pins
   * it there; the page's unpinned modules are laid out again around it. The module must lie
   * inside the page body and overlap no pinned module ('refused' names it). Returns the
   * whole issue as composed after it (a jump carries a change to other pages).
   */
  'layout.setModule': {
    args: ModulePlacement,
    result: LayoutIssue,
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
  /**
   * Pins a story part's module where it is (or unpins it): auto-layout and later
   * placements keep a pinned module exactly and lay the page's others out around it.
   * Returns the whole issue as composed after it.
   */
  'layout.pin': {
    args: z
      .object({
        date: IsoDate,
        storyId: Id,
        part: z.number().int().min(1).max(2).optional(),
        pinned: z.boolean(),
      })
      .strict(),
    result: LayoutIssue,
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
    result: z.object({
      html: z.string(),
      bytes: z.number().int(),
      pages: z.number().int(),
      ...ExportChecks,
    }),
  },
  /**
   * The PDF as base64: the caller writes the file (CLI, Electron save dialog) or offers a
   * download (browser), so no transport can make the desk write to an arbitrary path.
   */
  'export.pdf': {
    args: ExportArgs,
    result: z.object({
      pdfBase64: z.string(),
      bytes: z.number().int(),
      pages: z.number().int(),
      /** With perPage: each page's PDF, named by the paper's pattern. */
      files: z
        .array(z.object({ name: z.string(), pdfBase64: z.string(), bytes: z.number().int() }))
        .optional(),
      ...ExportChecks,
    }),
  },
} as const;
