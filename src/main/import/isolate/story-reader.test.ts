import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../../tests/fixtures/import/build-docx';
import { zipBombDocx } from '../../../../tests/fixtures/import/zip-bomb';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';
import { READ_LIMITS } from './read-limits';
import { StoryReader } from './story-reader';

const refusal = (reading: Promise<unknown>) =>
  reading.then(
    () => 'read without error',
    (error: Error) => error.message,
  );

describe('reading story files off the desk thread', { timeout: 120_000 }, () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await zipBombDocx(300); // under 1 MB that inflates to 300 MB
  });

  it('refuses a zip bomb in one line while the desk goes on answering, in bounded memory', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const temp = tempDir();
    const desk = openDesk({ dbPath: join(temp.dir, 'desk.sqlite') });
    try {
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 10);
      let settled = false;
      const importing = desk
        .call(
          'story.import',
          { fileName: 'bomb.docx', dataBase64: bomb.toString('base64') },
          {
            actorId: 1,
          },
        )
        .finally(() => {
          settled = true;
        });
      // Another call answers while the bomb is being read.
      const list = await desk.call('story.list', {}, { actorId: 1 });
      expect(list).toEqual({ ok: true, result: [] });
      expect(settled).toBe(false);
      const reply = await importing;
      clearInterval(sampler);
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: 'bomb.docx: it unpacks to more than 64 MB; a story is far smaller (a zip bomb?)',
          field: 'dataBase64',
          reason: 'import-refused',
          params: { problem: 'unzips-too-large', file: 'bomb.docx', line: '' },
        },
      });
      // The reader's heap is capped and inflating stops at 64 MB: far from the 300 MB inside.
      expect(peak - baseline).toBeLessThan(256 * 1024 * 1024);
      expect(await desk.call('story.list', {}, { actorId: 1 })).toEqual({ ok: true, result: [] });
    } finally {
      desk.close();
      temp.cleanup();
    }
  });

  it('stops a reader past its memory ceiling, and reads the next file on a fresh thread', async () => {
    // 25,000 paragraphs in 1 MB of XML: mammoth's document tree of them outgrows 64 MB.
    const heavy = await zipBombDocx(1, { honest: true });
    const reader = new StoryReader({ ...READ_LIMITS, paragraphs: 1e6, memoryMb: 64 });
    try {
      expect(await refusal(reader.read('heavy.docx', heavy))).toBe(
        'heavy.docx: reading it needs more than 64 MB of memory',
      );
      const good = await buildDocx([{ style: 'Title', runs: [{ text: '照常出报' }] }]);
      expect((await reader.read('good.docx', good)).head.headline).toBe('照常出报');
    } finally {
      reader.close();
    }
  });

  it('stops a reader past its time', async () => {
    const reader = new StoryReader({ ...READ_LIMITS, inflatedBytes: 2 ** 30, timeMs: 50 });
    try {
      expect(await refusal(reader.read('slow.docx', bomb))).toBe(
        'slow.docx: reading it took longer than 0.05 s',
      );
    } finally {
      reader.close();
    }
  });

  it('refuses more paragraphs than a story has, in a .docx and in a .md', async () => {
    const reader = new StoryReader({ ...READ_LIMITS, paragraphs: 20 });
    try {
      const paragraphs = Array.from({ length: 30 }, (_, i) => ({ runs: [{ text: `第${i}段。` }] }));
      const docx = await buildDocx([{ style: 'Title', runs: [{ text: '长稿' }] }, ...paragraphs]);
      expect(await refusal(reader.read('long.docx', docx))).toBe(
        'long.docx: 31 paragraphs; a story may have at most 20',
      );
      const md = `---\nheadline: 长稿\n---\n\n${'一段。\n\n'.repeat(21)}`;
      expect(await refusal(reader.read('long.md', Buffer.from(md)))).toBe(
        'long.md: 21 paragraphs; a story may have at most 20',
      );
    } finally {
      reader.close();
    }
  });
});
