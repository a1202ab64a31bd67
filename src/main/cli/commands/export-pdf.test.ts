// `newsdesk export --pdf` writes the PDF itself, from the display list: no Chromium needed
// (CHROME_PATH points nowhere), boxes true to the settings, CMYK black with overprint, the
// PDF/X keys, one file per page named by the pattern, the forced reason in the Info.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourReport } from '../../../../tests/support/pdf-colour';
import { runCli as run } from '../../../../tests/support/run-cli';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';
import { buildIssue, type Call, DEFAULT_STORIES } from '../../layout/test-support/issue-fixture';

const PT_PER_MM = 72 / 25.4;
const DATE = '2026-11-28';

/** pdfinfo -box of one page: each box as [x1, y1, x2, y2] in mm. */
function boxes(file: string, page = 1): Record<string, number[]> {
  const out = execFileSync('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file], {
    encoding: 'utf8',
  });
  const found: Record<string, number[]> = {};
  for (const m of out.matchAll(/^(?:Page +\d+ )?(MediaBox|BleedBox|TrimBox):\s+([-\d. ]+)$/gm)) {
    found[m[1] as string] = (m[2] as string)
      .trim()
      .split(/\s+/)
      .map((n) => Math.round((Number(n) / PT_PER_MM) * 10) / 10);
  }
  return found;
}

describe('newsdesk export --pdf, no browser', () => {
  const temp = tempDir();
  const db = join(temp.dir, 'paper.sqlite');
  const nd = (...argv: string[]) => run('--db', db, ...argv);
  const saved = process.env.CHROME_PATH;

  beforeAll(async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    const desk = openDesk({ dbPath: db });
    const call: Call = async (name, args) => {
      const reply = await desk.call(name, args, { actorId: 1 });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    // Story 1 unsigned: an error the export must be forced past.
    await buildIssue(
      call,
      DATE,
      DEFAULT_STORIES.map((s, i) => (i === 1 ? { ...s, signOff: false } : s)),
    );
    desk.close();
  }, 60_000);
  afterAll(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
    temp.cleanup();
  });

  it('refuses with the preflight errors and writes nothing', async () => {
    const file = join(temp.dir, 'refused.pdf');
    const result = await nd('export', DATE, '--pdf', file);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^newsdesk: preflight found 1 error; not exported/);
    expect(result.err).toContain('page 1: 工业增加值稳步增长: draft, not signed off [unsigned]');
    expect(readdirSync(temp.dir).filter((n) => n.endsWith('.pdf') || n.endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('writes the issue and each page, boxes nested as set, marks outside the bleed', async () => {
    const file = join(temp.dir, 'issue.pdf');
    const pagesDir = temp.dir;
    const result = await nd(
      'export',
      DATE,
      '--pdf',
      file,
      '--pdf-pages',
      pagesDir,
      '--bleed',
      '3',
      '--marks',
      '--force',
      '二审电话确认',
    );
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    const names = readdirSync(pagesDir)
      .filter((n) => n.endsWith('.pdf'))
      .sort();
    expect(names).toEqual([
      'issue.pdf',
      '城市日报2026112801.pdf',
      '城市日报2026112802.pdf',
      '城市日报2026112803.pdf',
      '城市日报2026112804.pdf',
    ]);
    for (const name of names) {
      const check = execFileSync('qpdf', ['--check', join(pagesDir, name)], { encoding: 'utf8' });
      expect(check).toContain('No syntax or stream encoding errors found');
    }
    // 对开 390 x 546 mm; 3 mm bleed; marks 4–9 mm out: a 6 mm slug beyond the bleed.
    expect(boxes(file, 3)).toEqual({
      MediaBox: [0, 0, 408, 564],
      BleedBox: [6, 6, 402, 558],
      TrimBox: [9, 9, 399, 555],
    });
    expect(boxes(join(pagesDir, '城市日报2026112802.pdf'))).toEqual(boxes(file, 2));
    const plain = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(plain).toMatch(/^Pages:\s+4$/m);
    expect(plain).toMatch(/^PDF version:\s+1\.3$/m);
    expect(plain).toMatch(/^PDF subtype:\s+PDF\/X-1:2001$/m);
    const info = execFileSync('pdfinfo', ['-custom', file], { encoding: 'utf8' });
    expect(info).toMatch(/^GTS_PDFXVersion:\s*PDF\/X-1:2001$/m);
    expect(info).toMatch(/^GTS_PDFXConformance:\s*PDF\/X-1a:2001$/m);
    expect(info).toMatch(/^NewsdeskForced:\s+二审电话确认$/m);
    const raw = readFileSync(file).toString('latin1');
    expect(raw).toMatch(/\/S \/GTS_PDFX/);
    expect(raw).toMatch(/\/Trapped \/False/);
    expect(raw).toMatch(/\/OutputConditionIdentifier \(IFRA26\)/);
    expect(raw).toMatch(/\/OP true\s+\/op true\s+\/OPM 1/);
  });

  it('paints text and rules in CMYK black with overprint, marks in registration, no RGB', () => {
    const report = colourReport(join(temp.dir, 'issue.pdf'));
    expect(report.rgb).toEqual([]);
    expect(report.contentOperators).toHaveLength(4);
    for (const ops of report.contentOperators) {
      expect(ops.slice(0, 4)).toEqual(['gs', 'k', 'K', 'J']);
      expect(ops).toContain('TJ');
      expect(ops).toContain('SCN'); // crop marks in Separation /All
    }
  });

  it('embeds every face subset with ToUnicode, and the text comes back', async () => {
    const file = join(temp.dir, 'issue.pdf');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('全市老旧小区改造全面启动');
  });

  it('needs no browser for a greyscale or RGB paper either, and says so in the colours', async () => {
    for (const colour of ['grey', 'rgb'] as const) {
      const file = join(temp.dir, `issue-${colour}.pdf`);
      const result = await nd('export', DATE, '--pdf', file, '--colour', colour, '--force', 'test');
      expect(result.status).toBe(0);
      const report = colourReport(file);
      if (colour === 'grey') {
        expect(report.rgb).toEqual([]);
        expect(new Set(report.imageSpaces)).toEqual(new Set(['/DeviceGray']));
      } else {
        // The paper chose RGB: its photos stay RGB; text and rules are still CMYK black.
        expect(new Set(report.imageSpaces)).toEqual(new Set(['/DeviceRGB']));
        for (const ops of report.contentOperators) expect(ops).not.toContain('rg');
      }
    }
  });
});
