// story.import sets typewriter quotes and -- as the paper's settings say (type.smartQuotes,
// type.dash), for every format, in the fields and in every text leaf of the body.

import { describe, expect, it } from 'vitest';
import { buildDocx } from '../fixtures/import/build-docx';
import { useTempDesk } from '../support/temp-desk';

const ADMIN = 1;
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

const QUOTES_MD = `---
headline: The "open" bridge -- at last
kicker: It's done
byline: By Ann O'Brien
---

"It's the town's bridge," she said -- and **"ours"** too.

他说："这座桥明年通车。"记者--王小明

已是“弯引号”的‘中文’不变。
`;

type Story = { headline: string; kicker: string; byline: string; document: { body: unknown[] } };

describe('story.import and the paper’s quotes and dashes', { timeout: 120_000 }, () => {
  const paper = useTempDesk('desk.sqlite');

  async function call<R>(name: string, args: unknown): Promise<R> {
    const reply = await paper.desk.call(name, args, { actorId: ADMIN });
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.message}`);
    return reply.result as R;
  }
  const importFile = (fileName: string, data: Uint8Array | string) =>
    call<Story>('story.import', { fileName, dataBase64: b64(data), draft: true });
  const setting = (key: string, value: string) => call('settings.set', { key, value });

  it('curls quotes and makes -- a dash in a .md, fields and body, Chinese too', async () => {
    const story = await importFile('bridge.md', QUOTES_MD);
    expect(story.headline).toBe('The “open” bridge — at last');
    expect(story.kicker).toBe('It’s done');
    expect(story.byline).toBe('By Ann O’Brien');
    expect(story.document.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: '“It’s the town’s bridge,” she said — and ' },
          { text: '“ours”', bold: true },
          { text: ' too.' },
        ],
      },
      { type: 'paragraph', children: [{ text: '他说：“这座桥明年通车。”记者——王小明' }] },
      { type: 'paragraph', children: [{ text: '已是“弯引号”的‘中文’不变。' }] },
    ]);
  });

  it('keeps typewriter quotes and -- when type.smartQuotes is off', async () => {
    await setting('type.smartQuotes', 'off');
    const story = await importFile('bridge.md', QUOTES_MD);
    expect(story.headline).toBe('The "open" bridge -- at last');
    expect(story.kicker).toBe("It's done");
    expect(story.document.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { text: `"It's the town's bridge," she said -- and ` },
        { text: '"ours"', bold: true },
        { text: ' too.' },
      ],
    });
  });

  it('makes -- an en dash when type.dash is en, in a .txt and a .docx', async () => {
    await setting('type.dash', 'en');
    const txt = await importFile('pages.txt', `Pages 3--5 "today"\n\nIt's open -- at last.\n`);
    expect(txt.headline).toBe('Pages 3–5 “today”');
    expect(txt.document.body).toEqual([
      { type: 'paragraph', children: [{ text: 'It’s open – at last.' }] },
    ]);
    const docx = await buildDocx([
      { style: 'Title', runs: [{ text: `"Open" -- at last` }] },
      {
        runs: [{ text: 'She said "' }, { text: 'yes', italic: true }, { text: `" -- it's done.` }],
      },
    ]);
    const word = await importFile('open.docx', docx);
    expect(word.headline).toBe('“Open” – at last');
    expect(word.document.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'She said “' },
          { text: 'yes', italic: true },
          { text: '” – it’s done.' },
        ],
      },
    ]);
  });

  it('refuses a value that is not a choice, naming the key', async () => {
    const reply = await paper.desk.call(
      'settings.set',
      { key: 'type.dash', value: 'hyphen' },
      { actorId: ADMIN },
    );
    expect(reply.ok).toBe(false);
    const settings = await call<Record<string, unknown>>('settings.get', {});
    expect(settings).toMatchObject({ 'type.smartQuotes': 'on', 'type.dash': 'em' });
  });
});
