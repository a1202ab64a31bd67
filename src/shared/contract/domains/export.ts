import { z } from 'zod';
import { BLEED_LIMIT, FORCE_REASON_MAX_LENGTH } from '../../model/limits';
import { PHOTO_COLOURS } from '../../model/settings';
import { IsoDate } from '../../model/story';
import { PreflightIssue } from './preflight';

const ExportArgs = z
  .object({
    date: IsoDate,
    /** Bleed around the trim, in mm (BLEED_LIMIT: 0–10; 3 is usual). */
    bleedMm: z.number().min(BLEED_LIMIT.min).max(BLEED_LIMIT.max).optional(),
    cropMarks: z.boolean().optional(),
    /** Export despite preflight errors, for this reason (audited, and in the PDF's Info). */
    force: z.string().trim().min(1).max(FORCE_REASON_MAX_LENGTH).optional(),
    /** PDF: also one file per page, named by the print.pageFiles setting. */
    perPage: z.boolean().optional(),
    /** PDF: photo colour for this export instead of the print.colour setting. */
    colour: z.enum(PHOTO_COLOURS).optional(),
  })
  .strict();

/** What an export went ahead with: the preflight warnings, and the reason when forced. */
const ExportChecks = {
  warnings: z.array(PreflightIssue),
  forced: z.string().optional(),
};

/** The print-ready issue, HTML or PDF (editors and up). */
export const exportApi = {
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
