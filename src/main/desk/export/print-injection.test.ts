import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../open-desk';

const temp = tempDir();
afterEach(() => temp.cleanup());

it('prints with the printer the desk was opened with (Electron passes its own)', async () => {
  const seen: { html: string; size: { widthMm: number; heightMm: number } }[] = [];
  const desk = openDesk({
    dbPath: join(temp.dir, 'paper.sqlite'),
    printPdf: async (make) => {
      const { html, ...size } = await make();
      seen.push({ html, size });
      return Buffer.from('%PDF-1.7 stub');
    },
  });
  try {
    const admin = { actorId: 1 };
    expect(await desk.call('issue.create', { date: '2026-11-28' }, admin)).toMatchObject({
      ok: true,
    });
    const reply = await desk.call('export.pdf', { date: '2026-11-28', bleedMm: 3 }, admin);
    expect(reply).toMatchObject({
      ok: true,
      result: { pdfBase64: Buffer.from('%PDF-1.7 stub').toString('base64'), pages: 4 },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.size).toEqual({ widthMm: 396, heightMm: 552 });
    expect(seen[0]?.html).toMatch(/^<!doctype html>/i);
  } finally {
    desk.close();
  }
});
