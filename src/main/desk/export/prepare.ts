// Export is asynchronous (font subsetting, photo conversion) and a call's transaction is
// not, so the whole export runs here, before it: the reads in one read transaction (a
// consistent snapshot) with preflight, which refuses an issue with errors unless forced
// with a reason; then the HTML document, or the PDF written straight from the display list
// (no browser). The handler only checks and audits.

import { ApiError, type Args, because } from '../../../shared/contract';
import { noIssueMessage } from '../../../shared/model/issue';
import { can } from '../../../shared/model/roles';
import { runPreflight } from '../../../shared/preflight';
import { type GateResult, PreflightRefusal, preflightGate } from '../../../shared/preflight/gate';
import { printCacheFor } from '../../export/print-cache';
import { composeStored } from '../../layout/compose-stored';
import { layoutFonts } from '../../layout/fonts';
import { preflightInput } from '../../layout/preflight-input';
import { pageImages, renderIssueHtml } from '../../layout/render-issue';
import type { PrepareEnv } from '../preparers';

export interface PreparedHtml extends GateResult {
  html: string;
  bytes: number;
  pages: number;
}

export interface PreparedPdf extends GateResult {
  pdf: Buffer;
  pages: number;
  files: { name: string; pdf: Buffer }[];
}

/** Who may export, and that the issue exists: checked before anything is composed. */
function checkExport(args: Args<'export.html'>, env: PrepareEnv): void {
  const { actor, store } = env;
  if (!actor) {
    throw new ApiError(
      'unauthorized',
      'pick a profile first',
      undefined,
      because('no-profile', {}),
    );
  }
  if (!can(actor.role, 'page.edit')) {
    throw new ApiError(
      'forbidden',
      `${actor.name} (${actor.role}) may not export pages`,
      undefined,
      because('forbidden', { action: 'export' }),
    );
  }
  if (!store.issues.get(args.date)) {
    throw new ApiError(
      'not-found',
      noIssueMessage(args.date),
      'date',
      because('no-issue', { date: args.date }),
    );
  }
}

/** The composed issue, its images and the preflight gate, read in one snapshot. */
function readChecked(args: Args<'export.html'>, env: PrepareEnv) {
  checkExport(args, env);
  const { store } = env;
  const read = store.db.transaction(() => {
    const issue = store.issues.get(args.date);
    if (!issue) {
      throw new ApiError(
        'not-found',
        noIssueMessage(args.date),
        'date',
        because('no-issue', { date: args.date }),
      );
    }
    let layout: ReturnType<typeof composeStored>;
    try {
      layout = composeStored(store, issue);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const field = error.message.split(':')[0] ?? '';
      throw new ApiError('refused', error.message, field, because('bad-setting', { field }));
    }
    const pages = layout.composed.pages;
    const findings = runPreflight(preflightInput(store, layout));
    return { layout, pages, images: pageImages(store, pages), findings };
  });
  const made = read();
  try {
    return { ...made, gate: preflightGate(made.findings, args.force) };
  } catch (error) {
    if (error instanceof PreflightRefusal) throw new ApiError('refused', error.message);
    throw error;
  }
}

export async function prepareExportHtml(
  args: Args<'export.html'>,
  env: PrepareEnv,
): Promise<PreparedHtml> {
  const { layout, pages, images, gate } = readChecked(args, env);
  const settings = layout.settings;
  const disk = printCacheFor(env.dbPath);
  const { html } = await renderIssueHtml(pages, images, {
    ...(disk ? { embed: { disk } } : {}),
    bleedMm: args.bleedMm,
    cropMarks: args.cropMarks,
    title: `${settings['paper.name']} ${args.date}`,
    language: settings['paper.language'],
  });
  return { html, bytes: Buffer.byteLength(html), pages: pages.length, ...gate };
}

export async function prepareExportPdf(
  args: Args<'export.pdf'>,
  env: PrepareEnv,
): Promise<PreparedPdf> {
  const { layout, pages, images, gate } = readChecked(args, env);
  const settings = layout.settings;
  const paper = settings['paper.name'];
  // pdf-lib and the writer load on the first PDF, not at every start of the CLI.
  const { issuePdf } = await import('../../export/pdf/issue-pdf');
  const disk = printCacheFor(env.dbPath);
  const made = await issuePdf(pages, images, {
    fonts: layoutFonts(),
    ...(disk ? { embed: { disk } } : {}),
    title: `${paper} ${args.date}`,
    colour: args.colour ?? settings['print.colour'],
    outputIntent: settings['print.outputIntent'],
    ...(args.bleedMm !== undefined ? { bleedMm: args.bleedMm } : {}),
    ...(args.cropMarks !== undefined ? { cropMarks: args.cropMarks } : {}),
    ...(gate.forced !== undefined ? { forced: gate.forced } : {}),
    warnings: gate.warnings.map(
      (w) => `${w.page === null ? 'issue' : `page ${w.page}`}: ${w.message}`,
    ),
    ...(args.perPage
      ? { perPage: { pattern: settings['print.pageFiles'], paper, date: args.date } }
      : {}),
  });
  return {
    pdf: Buffer.from(made.pdf),
    pages: made.pages,
    files: made.files.map((f) => ({ name: f.name, pdf: Buffer.from(f.pdf) })),
    ...gate,
  };
}
