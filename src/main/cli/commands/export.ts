import { Refusal, UsageError } from '../cli-error';
import type { Command } from '../command';
import { dateWord, onlyFlags, withIssueHint } from './issue';
import { checkOutputPath, commit, discard, type StagedFile, stage } from './output-file';

const USAGE = 'export DATE [--pdf FILE] [--html FILE] [--bleed MM] [--marks]';

function bleedOf(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= 10))
    throw new UsageError(`--bleed must be 0 to 10 mm (got ${String(value)})`);
  return n;
}

export const exportCommand: Command = {
  usage: USAGE,
  summary: 'writes the issue as print-ready PDF and/or HTML',
  async run(ctx, words, flags) {
    const [dateText, ...extra] = words;
    if (dateText === undefined || extra.length > 0)
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    onlyFlags(flags, ['pdf', 'html', 'bleed', 'marks'], 'export');
    const date = dateWord(dateText, USAGE);
    if (typeof flags.pdf !== 'string' && typeof flags.html !== 'string') {
      throw new UsageError(`export needs --pdf FILE or --html FILE; usage: newsdesk ${USAGE}`);
    }
    const bleedMm = bleedOf(flags.bleed);
    // Paths first: an unwritable output is refused before anything is composed.
    const pdfPath = typeof flags.pdf === 'string' ? checkOutputPath(flags.pdf, '--pdf') : null;
    const htmlPath = typeof flags.html === 'string' ? checkOutputPath(flags.html, '--html') : null;
    if (pdfPath !== null && pdfPath === htmlPath) {
      throw new Refusal('--pdf and --html name the same file');
    }
    const args = {
      date,
      ...(bleedMm !== undefined ? { bleedMm } : {}),
      ...(flags.marks === true ? { cropMarks: true } : {}),
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
      }
      if (pdfPath !== null) {
        const pdf = await withIssueHint(date, ctx.call('export.pdf', args));
        staged.push(stage(pdfPath, Buffer.from(pdf.pdfBase64, 'base64')));
        lines.push(`${pdfPath}\t${pdf.pages} pages\t${pdf.bytes} bytes`);
        done.pdf = { path: pdfPath, pages: pdf.pages, bytes: pdf.bytes };
      }
      commit(staged);
    } catch (error) {
      discard(staged);
      throw error;
    }
    ctx.print(done, () => lines);
  },
};
