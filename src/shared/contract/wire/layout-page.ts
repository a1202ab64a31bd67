import { z } from 'zod';
import { FURNITURE_KINDS, IMAGE_ROLES } from '../../compose/types';
import { PageNumber } from '../../model/issue';
import { CropRect, ModuleControls } from '../../model/module-controls';
import { LINE_KINDS } from '../../typeset/types';
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

export const LineKind = z.enum(LINE_KINDS);

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

export const FurnitureKind = z.enum(FURNITURE_KINDS);

export const LayoutFurniture = z.object({
  kind: FurnitureKind,
  storyId: Id.nullable(),
  box: LayoutRect,
  lines: z.array(LayoutLine),
});

export const LayoutImage = z.object({
  /** Asset hash: fetch with asset.get. */
  asset: z.string(),
  role: z.enum(IMAGE_ROLES),
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
