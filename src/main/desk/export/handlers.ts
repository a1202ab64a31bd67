import { ApiError, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';
import type { PreparedHtml, PreparedPdf } from './prepare';

/** What the audit says of preflight: the reason when forced past errors, warnings counted. */
function checks(prepared: PreparedHtml | PreparedPdf): string {
  const forced =
    prepared.forced === undefined ? '' : `; forced past preflight errors: ${prepared.forced}`;
  const warnings = prepared.warnings.length === 0 ? '' : `; ${prepared.warnings.length} warnings`;
  return `${forced}${warnings}`;
}

/** The export ran in the preparer (prepare.ts); here it is checked again and audited. */
export const exportHandlers: Handlers<HandlerContext, 'export.html' | 'export.pdf'> = {
  'export.html': ({ date }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const prepared = ctx.prepared as PreparedHtml | undefined;
    if (!prepared) throw new ApiError('internal', 'export.html ran without its preparer');
    ctx.audit(
      'export.html',
      `issue:${date}`,
      `${prepared.pages} pages, ${prepared.bytes} bytes${checks(prepared)}`,
    );
    return prepared;
  },
  'export.pdf': ({ date }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const prepared = ctx.prepared as PreparedPdf | undefined;
    if (!prepared) throw new ApiError('internal', 'export.pdf ran without its preparer');
    const bytes = prepared.pdf.length;
    const files = prepared.files.length === 0 ? '' : `, ${prepared.files.length} page files`;
    ctx.audit(
      'export.pdf',
      `issue:${date}`,
      `${prepared.pages} pages, ${bytes} bytes${files}${checks(prepared)}`,
    );
    return {
      pdfBase64: prepared.pdf.toString('base64'),
      bytes,
      pages: prepared.pages,
      ...(prepared.files.length > 0
        ? {
            files: prepared.files.map((f) => ({
              name: f.name,
              pdfBase64: f.pdf.toString('base64'),
              bytes: f.pdf.length,
            })),
          }
        : {}),
      warnings: prepared.warnings,
      ...(prepared.forced !== undefined ? { forced: prepared.forced } : {}),
    };
  },
};
