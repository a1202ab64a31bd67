import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryHead } from '../elements';
import { normalizeDocument } from '../normalize-document';
import { importedDocument } from '../test-support/arbitraries';
import { readStoryMarkdown } from './read-story-markdown';
import { writeStoryMarkdown } from './write-story-markdown';

const HEAD: StoryHead = {
  kicker: '引题',
  headline: '主题：城市“更新”',
  subhead: '',
  byline: '记者 某某',
  dateline: '本报讯(记者 某某)',
  section: '要闻',
  priority: 'brief',
};

const field = fc
  .array(fc.constantFrom(...'新闻 "\'a:#-—'), { maxLength: 8 })
  .map((c) => c.join(''));

const head: fc.Arbitrary<StoryHead> = fc.record({
  kicker: field,
  headline: field.filter((s) => s.trim() !== ''),
  subhead: field,
  byline: field,
  dateline: field,
  section: field,
  priority: fc.constantFrom('lead', 'normal', 'brief'),
});

describe('story Markdown round trip', () => {
  it('writes a story the way CLI.md shows it', () => {
    const doc = normalizeDocument({
      version: 1,
      body: [
        { type: 'paragraph', children: [{ text: '第一段，' }, { text: '加粗', bold: true }] },
        { type: 'crosshead', children: [{ text: '小标题 #' }] },
        {
          type: 'photo',
          src: 'a b.jpg',
          caption: '图为现场。',
          credit: '记者 某某 摄',
          children: [{ text: '' }],
        },
        {
          type: 'block-quote',
          children: [
            { type: 'paragraph', children: [{ text: '> 引' }] },
            { type: 'paragraph', children: [{ text: '语' }] },
          ],
        },
        {
          type: 'numbered-list',
          children: [
            { type: 'list-item', children: [{ text: '1. 一' }] },
            { type: 'list-item', children: [{ text: '-二*' }] },
          ],
        },
      ],
    });
    expect(writeStoryMarkdown(HEAD, doc, { author: 'zhang' })).toBe(
      [
        '---',
        'kicker: 引题',
        'headline: 主题：城市“更新”',
        'byline: 记者 某某',
        'dateline: 本报讯(记者 某某)',
        'section: 要闻',
        'priority: brief',
        'author: zhang',
        '---',
        '',
        '第一段，**加粗**',
        '',
        '## 小标题 \\#',
        '',
        '![图为现场。](<a b.jpg> "记者 某某 摄")',
        '',
        '> \\> 引',
        '>',
        '> 语',
        '',
        '1. 1\\. 一',
        '2. \\-二\\*',
        '',
      ].join('\n'),
    );
  });

  it("writes the story's own hyphenation last in the front matter, and reads it back", () => {
    const doc = normalizeDocument({
      version: 1,
      body: [{ type: 'paragraph', children: [{ text: 'The bridge opened.' }] }],
    });
    const file = writeStoryMarkdown(HEAD, doc, { author: 'zhang', hyphenation: 'en-gb' });
    expect(file.split('\n').slice(7, 10)).toEqual(['author: zhang', 'hyphenation: en-gb', '---']);
    const read = readStoryMarkdown(file);
    expect(read.ok && [read.story.hyphenation, read.story.author]).toEqual(['en-gb', 'zhang']);
    expect(writeStoryMarkdown(HEAD, doc, { hyphenation: null })).not.toContain('hyphenation');
  });

  it('reads back what it wrote: read(write(doc)) is the normalized doc', () => {
    fc.assert(
      fc.property(head, importedDocument, (h, doc) => {
        const normal = normalizeDocument(doc);
        const result = readStoryMarkdown(writeStoryMarkdown(h, normal, { author: 'zhang' }));
        expect(result.ok && result.story.head).toEqual(h);
        expect(result.ok && result.story.author).toBe('zhang');
        expect(result.ok && result.story.document).toEqual(normal);
      }),
      { numRuns: 300 },
    );
  });

  it('writes what it read unchanged: write(read(x)) is stable', () => {
    fc.assert(
      fc.property(head, importedDocument, (h, doc) => {
        const file = writeStoryMarkdown(h, doc);
        const again = readStoryMarkdown(file);
        if (!again.ok) throw new Error(JSON.stringify(again.errors));
        const rewritten = writeStoryMarkdown(again.story.head, again.story.document);
        const third = readStoryMarkdown(rewritten);
        expect(third.ok && third.story.document).toEqual(again.story.document);
        expect(rewritten).toBe(writeStoryMarkdown(h, normalizeDocument(doc)));
      }),
      { numRuns: 200 },
    );
  });
});
