import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDesk } from '../../../tests/support/temp-desk';
import { readJpegFrame } from '../desk/asset/image-header';
import { tinyPng } from '../import/test-support/images';

const ADMIN = 1;

describe('a photo converted for print as it comes in', { timeout: 60_000 }, () => {
  const paper = useTempDesk();

  const cached = () => {
    try {
      return readdirSync(join(paper.dir, 'print-cache')).filter((f) => f.endsWith('.bin'));
    } catch {
      return [];
    }
  };

  it('is in the print cache in the paper’s colour (CMYK) before any export', async () => {
    const png = tinyPng(40, 30, 0x90);
    const reply = await paper.desk.call(
      'asset.put',
      { name: 'photo.png', mime: 'image/png', dataBase64: png.toString('base64') },
      { actorId: ADMIN },
    );
    expect(reply.ok).toBe(true);
    await expect.poll(cached, { timeout: 20_000 }).toHaveLength(1);
    const [file] = cached();
    const frame = readJpegFrame(readFileSync(join(paper.dir, 'print-cache', file as string)));
    expect(frame).toMatchObject({ width: 40, height: 30, components: 4 });
    // The same bytes again are the same asset: nothing converted twice.
    await paper.desk.call(
      'asset.put',
      { name: 'again.png', mime: 'image/png', dataBase64: png.toString('base64') },
      { actorId: ADMIN },
    );
    expect(cached()).toHaveLength(1);
  });
});
