// An English paper's four-page issue exported as PDF: every word of every story is in the
// PDF text unbroken (a word hyphenated at a line end is joined back), set in the Latin
// faces, which are embedded.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { pdfFonts, pdfText } from '../../src/main/export/inspect-pdf';
import { approveEveryPage, type Call } from '../../src/main/layout/test-support/issue-fixture';
import { englishParagraphs } from '../bench/english-text';

const DATE = '2026-11-28';

describe('an English issue exported to PDF', () => {
  let dir: string;
  let desk: Desk;
  let call: Call;
  const stories: string[][] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-english-e2e-'));
    desk = openDesk({ dbPath: join(dir, 'desk.sqlite') });
    call = async (name, args) => {
      const reply = await desk.call(name, args, { actorId: 1 });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    for (const [key, value] of [
      ['paper.language', 'en'],
      ['paper.name', 'The City Daily'],
      ['page.size', 'tabloid'],
      ['page.columns', 5],
    ] as const) {
      await call('settings.set', { key, value });
    }
    await call('issue.create', { date: DATE });
    const all = englishParagraphs(4 * 1800);
    for (let page = 1; page <= 4; page++) {
      const paragraphs = all.slice((page - 1) * 4, page * 4);
      stories.push(paragraphs);
      const created = await call('story.create', {
        fields: {
          headline: `Council approves the river footbridge ${page}`,
          kicker: '',
          subhead: '',
          byline: 'By Jane Smith',
          dateline: '',
          priority: 'lead',
        },
        document: {
          version: 1,
          body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
        },
      });
      for (const to of ['filed', 'edited', 'reviewed', 'signed-off']) {
        await call('story.transition', { id: created.id, to });
      }
      await call('placement.assign', { storyId: created.id, date: DATE, page, priority: 'lead' });
    }
    await approveEveryPage(call, DATE);
  }, 120_000);
  afterAll(() => {
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has every word of every story unbroken, in embedded Latin faces', async () => {
    const exported = await call('export.pdf', { date: DATE });
    const pdf = Buffer.from(exported.pdfBase64, 'base64');
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => /SourceSerif4/i.test(f.name))).toBe(true);
    // Join words broken at a line end (a letter, a hyphen, the line break, a letter): an
    // added hyphen goes, a compound's own hyphen (long-|debated) stays; either join counts.
    const raw = await pdfText(pdf);
    const lineEnd = /(\p{L})-\s*\n\s*(\p{L})/gu;
    const words = new Set([
      ...raw.replace(lineEnd, '$1$2').split(/\s+/),
      ...raw.replace(lineEnd, '$1-$2').split(/\s+/),
    ]);
    const missing = stories
      .flat()
      .flatMap((p) => p.split(' '))
      .filter((w) => !words.has(w));
    expect(missing).toEqual([]);
  }, 180_000);
});
