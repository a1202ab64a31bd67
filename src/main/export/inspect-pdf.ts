// Small wrappers over poppler's command-line tools, for tests and preflight: what a
// printing plant's RIP would see (pages and their size, embedded fonts, extractable text).

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class PopplerMissingError extends Error {
  constructor(tool: string) {
    super(`${tool} not found: PDF checks need poppler (apt-get install poppler-utils)`);
    this.name = 'PopplerMissingError';
  }
}

export interface PdfPageSize {
  widthPt: number;
  heightPt: number;
}

export interface PdfInfo {
  pages: number;
  /** One entry per page, in order. */
  sizes: PdfPageSize[];
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** A PDF as bytes or as a file path. */
export type PdfSource = Buffer | string;

function run(tool: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { maxBuffer: 256 * 1024 * 1024, timeout: 60_000 }, (error, stdout) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT')
        reject(new PopplerMissingError(tool));
      else if (error) reject(new Error(`${tool} failed: ${error.message.trim()}`));
      else resolve(stdout);
    });
  });
}

/** Runs `tool` on the PDF, writing bytes to a temp file first (poppler reads files). */
async function onFile<T>(pdf: PdfSource, use: (path: string) => Promise<T>): Promise<T> {
  if (typeof pdf === 'string') return use(pdf);
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-pdf-'));
  try {
    const path = join(dir, 'export.pdf');
    await writeFile(path, pdf);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function parsePdfInfo(output: string): PdfInfo {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(output)?.[1]);
  if (!Number.isInteger(pages)) throw new Error('pdfinfo: no page count in its output');
  const sizes = [...output.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    widthPt: Number(m[1]),
    heightPt: Number(m[2]),
  }));
  return { pages, sizes };
}

export function pdfInfo(pdf: PdfSource): Promise<PdfInfo> {
  // -f/-l make pdfinfo list every page's size, not just the first.
  return onFile(pdf, async (path) =>
    parsePdfInfo(await run('pdfinfo', ['-f', '1', '-l', '1000000', path])),
  );
}

/** pdffonts prints a fixed-width table; the dashed rule under its header gives the columns. */
export function parsePdfFonts(output: string): PdfFont[] {
  const lines = output.split('\n');
  const ruleAt = lines.findIndex((line) => /^-+( -+)+\s*$/.test(line));
  if (ruleAt < 0) throw new Error('pdffonts: no table in its output');
  const columns = [...(lines[ruleAt] ?? '').matchAll(/-+/g)].map((m) => ({
    from: m.index ?? 0,
    to: (m.index ?? 0) + m[0].length,
  }));
  const cell = (line: string, k: number) =>
    line.slice(columns[k]?.from ?? 0, columns[k]?.to ?? 0).trim();
  return lines
    .slice(ruleAt + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => ({
      name: cell(line, 0),
      type: cell(line, 1),
      encoding: cell(line, 2),
      embedded: cell(line, 3) === 'yes',
      subset: cell(line, 4) === 'yes',
      unicode: cell(line, 5) === 'yes',
    }));
}

export function pdfFonts(pdf: PdfSource): Promise<PdfFont[]> {
  return onFile(pdf, async (path) => parsePdfFonts(await run('pdffonts', [path])));
}

/** The text in content-stream order (`pdftotext -raw`), pages separated by form feeds. */
export function pdfText(pdf: PdfSource): Promise<string> {
  return onFile(pdf, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));
}
