import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../tests/fixtures/import/build-docx';
import { MARKET_MD, WEATHER_TXT } from '../../../tests/fixtures/import/stories';
import { readStoryFile } from './read-story-file';
import { tinyPng } from './test-support/images';

const text = (s: string) => Buffer.from(s, 'utf8');
/** '今冬首场降雪明日到来\n\n气象台预计，明天有小到中雪。\n' in GBK (Python's gbk codec). */
const GBK_STORY =
  'bdf1b6accad7b3a1bdb5d1a9c3f7c8d5b5bdc0b40a0ac6f8cff3cca8d4a4bcc6a3acc3f7ccecd3d0d0a1b5bdd6d0d1a9a1a30a';
const photoChildren = [{ text: '' }];

/** The one-line message a bad file is refused with. */
async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  return readStoryFile(name, bytes).then(
    () => 'read without error',
    (error: Error) => error.message,
  );
}

describe('readStoryFile', () => {
  it('reads a .md: front matter, crosshead, bold, photo with its line, quote', async () => {
    const story = await readStoryFile('market.md', text(MARKET_MD));
    expect(story).toEqual({
      format: 'md',
      head: {
        kicker: '民生速递',
        headline: '城东菜市场改造完工',
        subhead: '新增摊位120个',
        byline: '记者 王小明',
        dateline: '本报讯(记者 王小明)',
        section: '城市',
        priority: 'lead',
      },
      author: '王小明',
      authorLine: 9,
      document: {
        version: 1,
        body: [
          {
            type: 'paragraph',
            children: [
              { text: '城东菜市场改造工程昨日完工，' },
              { text: '新增摊位', bold: true },
              { text: '120个。' },
            ],
          },
          { type: 'crosshead', children: [{ text: '市民点赞' }] },
          {
            type: 'photo',
            src: 'photos/market.png',
            caption: '改造后的菜市场。',
            credit: '记者 王小明 摄',
            children: photoChildren,
          },
          {
            type: 'block-quote',
            children: [{ type: 'paragraph', children: [{ text: '现在买菜方便多了。' }] }],
          },
        ],
      },
      photos: [{ src: 'photos/market.png', line: 16 }],
      pictures: new Map(),
      notices: [],
    });
  });

  it('reads a .txt: headline on the first line, paragraphs by blank lines', async () => {
    const story = await readStoryFile('weather.txt', text(WEATHER_TXT));
    expect(story.head.headline).toBe('今冬首场降雪明日到来');
    expect(story.document).toEqual({
      version: 1,
      body: [
        { type: 'paragraph', children: [{ text: '气象台预计，明天白天到夜间有小到中雪。' }] },
        { type: 'paragraph', children: [{ text: '请市民注意出行安全。' }] },
      ],
    });
    expect(story.photos).toEqual([]);
  });

  it('reads a .docx: Title, Subtitle, Heading 2, bold and italic runs, a captioned picture', async () => {
    const png = tinyPng(4, 3);
    const docx = await buildDocx(
      [
        { style: 'Title', runs: [{ text: '市民广场今日开放' }] },
        { style: 'Subtitle', runs: [{ text: '首日游客逾万人' }] },
        {
          runs: [
            { text: '本报讯 市民广场' },
            { text: '今天上午', bold: true },
            { text: '正式开放。', italic: true },
          ],
        },
        { style: 'Heading2', runs: [{ text: '游客如织' }] },
        { picture: png },
        { style: 'Caption', runs: [{ text: '图为开放现场。' }] },
        { runs: [{ text: 'Bold & <safe>', bold: true }] },
      ],
      '王小明',
    );
    const story = await readStoryFile('square.docx', docx);
    expect(story.head).toMatchObject({ headline: '市民广场今日开放', subhead: '首日游客逾万人' });
    expect(story.author).toBe('王小明');
    expect(story.document.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: '本报讯 市民广场' },
          { text: '今天上午', bold: true },
          { text: '正式开放。', italic: true },
        ],
      },
      { type: 'crosshead', children: [{ text: '游客如织' }] },
      {
        type: 'photo',
        src: 'picture 1',
        caption: '图为开放现场。',
        credit: '',
        children: photoChildren,
      },
      { type: 'paragraph', children: [{ text: 'Bold & <safe>', bold: true }] },
    ]);
    expect(story.photos).toEqual([{ src: 'picture 1' }]);
    expect(Buffer.from(story.pictures.get('picture 1') ?? [])).toEqual(png);
  });

  it('refuses each kind of bad file with one line naming the file and the line', async () => {
    expect(await refusal('a.md', text('headline: 没有分隔线\n\n正文。'))).toBe(
      'a.md:1: no front matter: the file must start with a --- line, then "headline: …"',
    );
    expect(await refusal('b.md', text('---\nkicker: 引题\n---\n\n正文。'))).toBe(
      'b.md:1: no headline: the front matter needs a "headline: …" line',
    );
    expect(await refusal('c.md', text('---\nheadline: 标题\npriority: urgent\n---\n'))).toBe(
      'c.md:3: priority must be lead, normal or brief, not "urgent"',
    );
    expect(await refusal('d.md', text('---\nheadline: 标题\n\n正文。'))).toBe(
      'd.md:1: the front matter that starts here is not closed by a --- line',
    );
    const gbk = Buffer.concat([text('标题\n\n第一段。\n'), Buffer.from([0xb5, 0xda, 0xb6, 0xfe])]);
    expect(await refusal('e.txt', gbk)).toBe(
      'e.txt:4: UTF-8 text with bytes of another encoding here; save it as UTF-8 and import it again',
    );
    expect(await refusal('f.txt', text('\n\n  \n'))).toBe(
      'f.txt:1: empty file: the first line is the headline',
    );
    expect(await refusal('g.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))).toBe(
      'g.txt: the file is 5.0 MB; a .txt story may be at most 5 MB',
    );
    expect(await refusal('h.rtf', text('{\\rtf1}'))).toBe(
      'h.rtf: not a story file: use .md, .txt or .docx',
    );
  });

  it('refuses a .docx that is not one: not a zip, no word/document.xml, no text', async () => {
    expect(await refusal('a.docx', text('this is plain text renamed to .docx'))).toBe(
      'a.docx: not a Word .docx file (not a zip file)',
    );
    const zip = new JSZip();
    zip.file('content.xml', '<office:document/>');
    const odt = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await refusal('b.docx', odt)).toBe(
      'b.docx: not a Word .docx file: it is a zip without word/document.xml',
    );
    const empty = await buildDocx([{ picture: tinyPng(1, 1) }]);
    expect(await refusal('c.docx', empty)).toBe(
      'c.docx: no headline: the file has no paragraph of text',
    );
    const long = await buildDocx([{ runs: [{ text: '长'.repeat(201) }] }]);
    expect(await refusal('d.docx', long)).toBe(
      'd.docx: no headline: no paragraph has the Word style "Title" and the first paragraph is longer than 200 characters',
    );
  });

  it('takes the first paragraph of a .docx without a Title as its headline, and says so', async () => {
    const docx = await buildDocx([
      { runs: [{ text: '市民广场今日开放' }] },
      { runs: [{ text: '本报讯 市民广场今天上午正式开放。' }] },
    ]);
    const story = await readStoryFile('plain.docx', docx);
    expect(story.head.headline).toBe('市民广场今日开放');
    expect(story.document.body).toEqual([
      { type: 'paragraph', children: [{ text: '本报讯 市民广场今天上午正式开放。' }] },
    ]);
    expect(story.notices).toEqual([
      'no paragraph has the Word style "Title": the first paragraph became the headline',
    ]);
  });

  it('reads .txt files as Chinese newsrooms send them: UTF-8 with or without BOM, UTF-16, GBK, GB18030', async () => {
    const story = '今冬首场降雪明日到来\n\n气象台预计，明天有小到中雪。\n';
    const utf16be = Buffer.from(story, 'utf16le').swap16();
    const files: [string, Uint8Array, string[]][] = [
      ['utf8.txt', text(story), []],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(story)]), []],
      [
        'le.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]),
        ['read as UTF-16 text'],
      ],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), ['read as UTF-16 text']],
      // The same story as Windows Notepad saves it on a Chinese system ("ANSI" = GBK).
      ['gbk.txt', Buffer.from(GBK_STORY, 'hex'), ['read as GB18030 (GBK) text']],
    ];
    for (const [name, bytes, notices] of files) {
      const read = await readStoryFile(name, bytes);
      expect([name, read.head.headline, read.document.body, read.notices]).toEqual([
        name,
        '今冬首场降雪明日到来',
        [{ type: 'paragraph', children: [{ text: '气象台预计，明天有小到中雪。' }] }],
        notices,
      ]);
    }
    // 𠀀 (U+20000) exists only in GB18030, as four bytes.
    const gb18030 = Buffer.concat([
      Buffer.from('d0c2', 'hex'),
      Buffer.from([0x95, 0x32, 0x82, 0x36]),
    ]);
    expect((await readStoryFile('ext.txt', gb18030)).head.headline).toBe('新𠀀');
  });

  it('gives the right hint for a file it cannot read', async () => {
    const noBom = Buffer.from('今冬首场降雪 snow\n\nbody text here\n', 'utf16le');
    expect(await refusal('a.txt', noBom)).toBe(
      'a.txt:1: UTF-16 text without a byte order mark; save it as UTF-8 and import it again',
    );
    expect(await refusal('b.txt', Buffer.from([0x41, 0x0a, 0x80, 0xff, 0xff]))).toBe(
      'b.txt:2: not text in UTF-8, UTF-16 or GB18030/GBK (a binary file?); save it as UTF-8 and import it again',
    );
  });

  it('strips bidi overrides and other invisible format characters from every field and the body', async () => {
    const rlo = '\u202e';
    const md = `---\nheadline: ${rlo}反转标题\u202c\nbyline: 记者\u200b 王小明\nauthor: 王\u2066小明\u2069\n---\n\n正文\u200e里\u00ad有👨\u200d👩\u200d👧。\n`;
    const story = await readStoryFile('bidi.md', text(md));
    expect(story.head.headline).toBe('反转标题');
    expect(story.head.byline).toBe('记者 王小明');
    expect(story.author).toBe('王小明');
    expect(story.document.body).toEqual([
      { type: 'paragraph', children: [{ text: '正文里有👨\u200d👩\u200d👧。' }] },
    ]);
    expect(story.notices).toEqual([
      'removed 7 invisible formatting characters (such as right-to-left overrides)',
    ]);
    const docx = await buildDocx([
      { style: 'Title', runs: [{ text: `${rlo}标题` }] },
      { runs: [{ text: `正文\u2067。` }] },
    ]);
    const fromWord = await readStoryFile('bidi.docx', docx);
    expect([fromWord.head.headline, fromWord.document.body, fromWord.notices]).toEqual([
      '标题',
      [{ type: 'paragraph', children: [{ text: '正文。' }] }],
      ['removed 2 invisible formatting characters (such as right-to-left overrides)'],
    ]);
  });

  it('refuses front matter with an unclosed quote or bracket, naming the file and line', async () => {
    expect(await refusal('a.md', text('---\nkicker: 引题\nheadline: [unclosed\n---\n'))).toBe(
      'a.md:3: headline: the [ that opens the value is not closed',
    );
    expect(await refusal('b.md', text('---\nheadline: "abc\n---\n'))).toBe(
      'b.md:2: headline: the " that opens the value is not closed',
    );
    const fine = await readStoryFile('c.md', text('---\nheadline: [快讯] 暴雪\n---\n'));
    expect(fine.head.headline).toBe('[快讯] 暴雪');
  });
});
