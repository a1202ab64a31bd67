import { ApiError, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';
import type { PreparedHtml, PreparedPdf } from './prepare';

/** The export ran in the preparer (prepare.ts); here it is checked again and audited. */
export const exportHandlers: Handlers<HandlerContext, 'export.html' | 'export.pdf'> = {
  'export.html': ({ date }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const prepared = ctx.prepared as PreparedHtml | undefined;
    if (!prepared) throw new ApiError('internal', 'export.html ran without its preparer');
    ctx.audit('export.html', `issue:${date}`, `${prepared.pages} pages, ${prepared.bytes} bytes`);
    return prepared;
  },
  'export.pdf': ({ date }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const prepared = ctx.prepared as PreparedPdf | undefined;
    if (!prepared) throw new ApiError('internal', 'export.pdf ran without its preparer');
    const bytes = prepared.pdf.length;
    ctx.audit('export.pdf', `issue:${date}`, `${prepared.pages} pages, ${bytes} bytes`);
    return { pdfBase64: prepared.pdf.toString('base64'), bytes, pages: prepared.pages };
  },
};
