import { z } from 'zod';

/**
 * The board's per-module controls (issue 12, point 6): placement properties of a story's
 * module the editor sets by hand, stored with the placement (migration 010) and honoured by
 * composition, so the board, the HTML and the PDF agree. Absent fields: layout decides.
 */

/** Headline size bounds in pt (a brief's 10 pt to a banner's 96 pt), in half points. */
export const HEADLINE_SIZE_MIN = 10;
export const HEADLINE_SIZE_MAX = 96;
export const HEADLINE_LINES_MAX = 4;
/** The widest photo the controls offer, in columns (a broadsheet has 8). */
export const PHOTO_COLUMNS_MAX = 12;

/**
 * The part of the image that shows, as fractions of its upright width and height: the
 * photo's frame takes this rectangle's shape and the image is scaled to show it.
 */
export const CropRect = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    width: z.number().min(0.05).max(1),
    height: z.number().min(0.05).max(1),
  })
  .strict()
  .refine((c) => c.x + c.width <= 1 + 1e-6 && c.y + c.height <= 1 + 1e-6, {
    message: 'the crop must lie inside the image',
  });
export type CropRect = z.infer<typeof CropRect>;

export const HEADLINE_WEIGHTS = ['bold', 'regular'] as const;
export type HeadlineWeight = (typeof HEADLINE_WEIGHTS)[number];
/** top: across the top of the module under the headline; inset: in the last columns, text beside. */
export const PHOTO_PLACES = ['top', 'inset'] as const;
export type PhotoPlace = (typeof PHOTO_PLACES)[number];
/** none; box: a hairline all round; rule: hairlines down the gutters beside it. */
export const MODULE_FRAMES = ['none', 'box', 'rule'] as const;
export type ModuleFrame = (typeof MODULE_FRAMES)[number];
/** off: no pull quote (摘句) in this module; absent: layout adds one where the module is far deeper than its text. */
export const PULL_QUOTE_CHOICES = ['off'] as const;
export type PullQuoteChoice = (typeof PULL_QUOTE_CHOICES)[number];

export const ModuleControls = z
  .object({
    headlineSize: z
      .number()
      .min(HEADLINE_SIZE_MIN)
      .max(HEADLINE_SIZE_MAX)
      .refine((n) => Number.isInteger(n * 2), { message: 'whole or half points' })
      .optional(),
    headlineWeight: z.enum(HEADLINE_WEIGHTS).optional(),
    /** Lines the headline is set in at most (its size chosen to fill them). */
    headlineLines: z.number().int().min(1).max(HEADLINE_LINES_MAX).optional(),
    /** Columns the story's first photo spans at the top of the module (clamped to it). */
    photoColumns: z.number().int().min(1).max(PHOTO_COLUMNS_MAX).optional(),
    photoPlace: z.enum(PHOTO_PLACES).optional(),
    crop: CropRect.optional(),
    frame: z.enum(MODULE_FRAMES).optional(),
    pullQuote: z.enum(PULL_QUOTE_CHOICES).optional(),
  })
  .strict();
export type ModuleControls = z.infer<typeof ModuleControls>;

/** Tolerant read of a stored value: anything invalid (an older build, a hand edit) is none. */
export function parseControls(json: string): ModuleControls {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  const parsed = ModuleControls.safeParse(value);
  return parsed.success ? parsed.data : {};
}
