import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BLEED_LIMIT, withinLimit } from '../../../shared/model/limits';
import { PHOTO_COLOURS, type PhotoColour } from '../../../shared/model/settings';
import { findingLine } from '../../../shared/preflight/gate';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { dateWord, withIssueHint } from './issue';
import { checkOutputPath, commit, discard, type StagedFile, stage } from './output-file';

const USAGE =
  'export DATE [--pdf FILE] [--pdf-pages DIR] [--html FILE] [--bleed MM] [--marks] ' +
  `[--colour ${PHOTO_COLOURS.join('|')}] [--force REASON]`;

function bleedOf(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!withinLimit(n, BLEED_LIMIT)) {
    const { min, max } = BLEED_LIMIT;
    throw new UsageError(`--bleed must be ${min} to ${max} mm (got ${String(value)})`);
  }
  return n;
}

function colourOf(value: string | boolean | undefined): PhotoColour | undefined {
  if (value === undefined) return undefined;
  const colour = PHOTO_COLOURS.find((c) => c === value);
  if (colour) return colour;
  const named = `${PHOTO_COLOURS.slice(0, -1).join(', ')} or ${PHOTO_COLOURS.at(-1)}`;
  throw new UsageError(`--colour must be ${named} (got ${String(value)})`);
}

function forceOf(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError('--force needs a reason, e.g. --force "signed off by phone"');
  }
  return value.trim();
}

/** The folder for page files: it must exist and be writable (checked like an output file). */
function checkPagesDir(path: string): string {
  const full = resolve(path);
  let isDir = false;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    throw new Refusal(`--pdf-pages ${path}: folder does not exist`);
  }
  if (!isDir) throw new Refusal(`--pdf-pages ${path}: is not a folder`);
  checkOutputPath(join(full, 'page.pdf'), '--pdf-pages');
  return full;
}

export const exportCommand = defineCommand({
  usage: USAGE,
  summary: 'checks the issue (preflight) and writes it as print-ready PDF and/or HTML',
  options: {
    pdf: { type: 'string' },
    'pdf-pages': { type: 'string' },
    html: { type: 'string' },
    bleed: { type: 'string' },
    marks: { type: 'boolean' },
    colour: { type: 'string' },
    force: { type: 'string' },
  },
  async run(ctx, words, flags) {
    const [dateText, ...extra] = words;
    if (dateText === undefined || extra.length > 0)
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    const date = dateWord(dateText, USAGE);
    const wantsPdf = typeof flags.pdf === 'string' || typeof flags['pdf-pages'] === 'string';
    if (!wantsPdf && typeof flags.html !== 'string') {
      throw new UsageError(
        `export needs --pdf FILE, --pdf-pages DIR or --html FILE; usage: newsdesk ${USAGE}`,
      );
    }
    const bleedMm = bleedOf(flags.bleed);
    const colour = colourOf(flags.colour);
    const force = forceOf(flags.force);
    // Paths first: an unwritable output is refused before anything is composed.
    const pdfPath = typeof flags.pdf === 'string' ? checkOutputPath(flags.pdf, '--pdf') : null;
    const pagesDir =
      typeof flags['pdf-pages'] === 'string' ? checkPagesDir(flags['pdf-pages']) : null;
    const htmlPath = typeof flags.html === 'string' ? checkOutputPath(flags.html, '--html') : null;
    if (pdfPath !== null && pdfPath === htmlPath) {
      throw new Refusal('--pdf and --html name the same file');
    }
    const args = {
      date,
      ...(bleedMm !== undefined ? { bleedMm } : {}),
      ...(flags.marks === true ? { cropMarks: true } : {}),
      ...(force !== undefined ? { force } : {}),
    };
    const staged: StagedFile[] = [];
    const lines: string[] = [];
    const done: Record<string, unknown> = {};
    try {
      if (htmlPath !== null) {
        const html = await withIssueHint(date, ctx.call('export.html', args));
        staged.push(stage(htmlPath, html.html));
        lines.push(`${htmlPath}\t${html.pages} pages\t${html.bytes} bytes`);
        done.html = { path: htmlPath, pages: html.pages, bytes: html.bytes };
        done.warnings = html.warnings;
        if (html.forced !== undefined) done.forced = html.forced;
      }
      if (wantsPdf) {
        const pdfArgs = {
          ...args,
          ...(colour !== undefined ? { colour } : {}),
          ...(pagesDir !== null ? { perPage: true } : {}),
        };
        const pdf = await withIssueHint(date, ctx.call('export.pdf', pdfArgs));
        if (pdfPath !== null) {
          staged.push(stage(pdfPath, Buffer.from(pdf.pdfBase64, 'base64')));
          lines.push(`${pdfPath}\t${pdf.pages} pages\t${pdf.bytes} bytes`);
          done.pdf = { path: pdfPath, pages: pdf.pages, bytes: pdf.bytes };
        }
        if (pagesDir !== null) {
          const files = (pdf.files ?? []).map((f) => {
            const path = join(pagesDir, f.name);
            staged.push(stage(path, Buffer.from(f.pdfBase64, 'base64')));
            lines.push(`${path}\t1 page\t${f.bytes} bytes`);
            return { path, bytes: f.bytes };
          });
          done.pages = files;
        }
        done.warnings = pdf.warnings;
        if (pdf.forced !== undefined) done.forced = pdf.forced;
      }
      commit(staged);
    } catch (error) {
      discard(staged);
      throw error;
    }
    const warnings = (done.warnings ?? []) as Parameters<typeof findingLine>[0][];
    for (const w of warnings) lines.push(`${w.severity}: ${findingLine(w)}`);
    if (typeof done.forced === 'string') lines.push(`forced past preflight errors: ${done.forced}`);
    ctx.print(done, () => lines);
  },
});
