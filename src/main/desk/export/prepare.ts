// Export is asynchronous (font subsetting, Chromium) and a call's transaction is not, so
// the whole export runs here, before it: the reads in one read transaction (a consistent
// snapshot), then subsetting and printing, the browser starting meanwhile. The handler
// only checks and audits.

import { ApiError, type Args } from '../../../shared/contract';
import { noIssueMessage } from '../../../shared/model/issue';
import { can } from '../../../shared/model/roles';
import { ChromiumNotFoundError } from '../../export/find-chromium';
import { composeStored } from '../../layout/compose-stored';
import { pageImages, renderIssueHtml } from '../../layout/render-issue';
import type { PrepareEnv } from '../preparers';

export interface PreparedHtml {
  html: string;
  bytes: number;
  pages: number;
}

export interface PreparedPdf {
  pdf: Buffer;
  pages: number;
}

/** Who may export, and that the issue exists: checked before anything starts a browser. */
function checkExport(args: Args<'export.html'>, env: PrepareEnv): void {
  const { actor, store } = env;
  if (!actor) throw new ApiError('unauthorized', 'pick a profile first (who is working?)');
  if (!can(actor.role, 'page.edit')) {
    throw new ApiError('forbidden', `${actor.name} (${actor.role}) may not export pages`);
  }
  if (!store.issues.get(args.date)) {
    throw new ApiError('not-found', noIssueMessage(args.date), 'date');
  }
}

async function exportHtml(args: Args<'export.html'>, env: PrepareEnv) {
  const { store } = env;
  const read = store.db.transaction(() => {
    const issue = store.issues.get(args.date);
    if (!issue) throw new ApiError('not-found', noIssueMessage(args.date), 'date');
    let layout: ReturnType<typeof composeStored>;
    try {
      layout = composeStored(store, issue);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ApiError('refused', error.message, error.message.split(':')[0]);
    }
    const pages = layout.composed.pages;
    return { layout, pages, images: pageImages(store, pages) };
  });
  const { layout, pages, images } = read();
  const settings = layout.settings;
  const { html } = await renderIssueHtml(pages, images, {
    bleedMm: args.bleedMm,
    cropMarks: args.cropMarks,
    title: `${settings['paper.name']} ${args.date}`,
    language: settings['paper.language'],
  });
  const trim = { widthMm: layout.paper.widthMm, heightMm: layout.paper.heightMm };
  return { html, pages: pages.length, trim };
}

export async function prepareExportHtml(
  args: Args<'export.html'>,
  env: PrepareEnv,
): Promise<PreparedHtml> {
  checkExport(args, env);
  const { html, pages } = await exportHtml(args, env);
  return { html, bytes: Buffer.byteLength(html), pages };
}

export async function prepareExportPdf(
  args: Args<'export.pdf'>,
  env: PrepareEnv,
): Promise<PreparedPdf> {
  checkExport(args, env);
  let pages = 0;
  try {
    // The printer starts its browser while the issue is composed and its fonts subset.
    const pdf = await env.printPdf(async () => {
      const made = await exportHtml(args, env);
      pages = made.pages;
      const extra = 2 * (args.bleedMm ?? 0);
      return {
        html: made.html,
        widthMm: made.trim.widthMm + extra,
        heightMm: made.trim.heightMm + extra,
      };
    });
    return { pdf, pages };
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new ApiError('refused', error.message);
    throw error;
  }
}
