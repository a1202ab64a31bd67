// Export is asynchronous (font subsetting, Chromium) and a call's transaction is not, so
// the whole export runs here, before it: the reads in one read transaction (a consistent
// snapshot), then subsetting and printing. The handler only checks and audits.

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

async function exportHtml(args: Args<'export.html'>, env: PrepareEnv) {
  const { actor, store } = env;
  if (!actor) throw new ApiError('unauthorized', 'pick a profile first (who is working?)');
  if (!can(actor.role, 'page.edit')) {
    throw new ApiError('forbidden', `${actor.name} (${actor.role}) may not export pages`);
  }
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
  const { html, pages } = await exportHtml(args, env);
  return { html, bytes: Buffer.byteLength(html), pages };
}

export async function prepareExportPdf(
  args: Args<'export.pdf'>,
  env: PrepareEnv,
): Promise<PreparedPdf> {
  const { html, pages, trim } = await exportHtml(args, env);
  const extra = 2 * (args.bleedMm ?? 0);
  try {
    const pdf = await env.printPdf(html, {
      widthMm: trim.widthMm + extra,
      heightMm: trim.heightMm + extra,
    });
    return { pdf, pages };
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new ApiError('refused', error.message);
    throw error;
  }
}
