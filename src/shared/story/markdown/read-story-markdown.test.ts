import { describe, expect, it } from 'vitest';
import { readStoryMarkdown } from './read-story-markdown';

const SAMPLE = `---
kicker: 引题
headline: 主题
subhead: 副题
byline: 记者 某某
dateline: 本报讯(记者 某某)
priority: lead
author: zhang
---

First paragraph. The dateline is run in, **in bold**, before it.

## A crosshead

![Caption of the photo.](photo.jpg "credit")

> A quote.
>
> Its second paragraph,
continued lazily.

- 一
- 二
  接着

1. first
2) second
`;

const text = (t: string) => [{ text: t }];

describe('readStoryMarkdown', () => {
  it('reads the example of CLI.md', () => {
    const result = readStoryMarkdown(SAMPLE);
    expect(result).toEqual({
      ok: true,
      story: {
        head: {
          kicker: '引题',
          headline: '主题',
          subhead: '副题',
          byline: '记者 某某',
          dateline: '本报讯(记者 某某)',
          section: '',
          priority: 'lead',
        },
        author: 'zhang',
        document: {
          version: 1,
          body: [
            {
              type: 'paragraph',
              children: [
                { text: 'First paragraph. The dateline is run in, ' },
                { text: 'in bold', bold: true },
                { text: ', before it.' },
              ],
            },
            { type: 'crosshead', children: text('A crosshead') },
            {
              type: 'photo',
              src: 'photo.jpg',
              caption: 'Caption of the photo.',
              credit: 'credit',
              children: text(''),
            },
            {
              type: 'block-quote',
              children: [
                { type: 'paragraph', children: text('A quote.') },
                { type: 'paragraph', children: text('Its second paragraph, continued lazily.') },
              ],
            },
            {
              type: 'bulleted-list',
              children: [
                { type: 'list-item', children: text('一') },
                { type: 'list-item', children: text('二接着') },
              ],
            },
            {
              type: 'numbered-list',
              children: [
                { type: 'list-item', children: text('first') },
                { type: 'list-item', children: text('second') },
              ],
            },
          ],
        },
        photos: [{ src: 'photo.jpg', line: 15 }],
      },
    });
  });

  it('joins the lines of a Chinese paragraph without a space, of a Latin one with one', () => {
    const result = readStoryMarkdown(
      '---\nheadline: 题\n---\n今天上午，\n市政府召开\nwords\nwrap here\n',
    );
    expect(result.ok && result.story.document.body).toEqual([
      { type: 'paragraph', children: text('今天上午，市政府召开words wrap here') },
    ]);
  });

  it('gives a story with no body one empty paragraph and the default priority', () => {
    const result = readStoryMarkdown('\uFEFF---\r\nheadline: "  题 "\r\n---\r\n');
    expect(result).toEqual({
      ok: true,
      story: {
        head: {
          kicker: '',
          headline: '  题 ',
          subhead: '',
          byline: '',
          dateline: '',
          section: '',
          priority: 'normal',
        },
        document: { version: 1, body: [{ type: 'paragraph', children: text('') }] },
        photos: [],
      },
    });
  });

  it('reads a path in angle brackets, escapes, and a closing ## run', () => {
    const result = readStoryMarkdown(
      '---\nheadline: h\n---\n## 标题 ##\n\n![图为\\]现场](<my photo.jpg> "新华社 \\"摄\\"")\n\n\\## 不是标题\n',
    );
    expect(result.ok && result.story.document.body).toEqual([
      { type: 'crosshead', children: text('标题') },
      {
        type: 'photo',
        src: 'my photo.jpg',
        caption: '图为]现场',
        credit: '新华社 "摄"',
        children: text(''),
      },
      { type: 'paragraph', children: text('## 不是标题') },
    ]);
  });

  it.each([
    [
      'no front matter',
      'headline: 题\n',
      1,
      'no front matter: the file must start with a --- line, then "headline: …"',
      { problem: 'no-front-matter' },
    ],
    [
      'unterminated',
      '---\nheadline: 题\n\n正文\n',
      1,
      'the front matter that starts here is not closed by a --- line',
      { problem: 'front-matter-open' },
    ],
    [
      'no headline',
      '---\nkicker: 引\n---\n',
      1,
      'no headline: the front matter needs a "headline: …" line',
      { problem: 'no-headline' },
    ],
    [
      'empty headline',
      '---\nheadline:   \n---\n',
      2,
      'headline is required',
      { problem: 'bad-value', params: { key: 'headline' } },
    ],
    [
      'broken line',
      '---\nheadline: 题\n这不是键值\n---\n',
      3,
      'expected "key: value", found "这不是键值"',
      { problem: 'not-key-value' },
    ],
    [
      'unknown key',
      '---\nheadline: 题\ntitle: x\n---\n',
      3,
      'unknown key "title" (known: kicker, headline, subhead, byline, dateline, section, priority, author, hyphenation)',
      { problem: 'unknown-key', params: { key: 'title' } },
    ],
    [
      'bad priority',
      '---\nheadline: 题\npriority: urgent\n---\n',
      3,
      'priority must be lead, normal or brief, not "urgent"',
      { problem: 'bad-value', params: { key: 'priority' } },
    ],
    [
      'twice',
      '---\nheadline: 题\nheadline: 又\n---\n',
      3,
      '"headline" is given twice (first on line 2)',
      { problem: 'duplicate-key', params: { key: 'headline', first: 2 } },
    ],
    [
      'too long',
      `---\nheadline: ${'长'.repeat(201)}\n---\n`,
      2,
      'headline longer than 200 characters',
      { problem: 'bad-value', params: { key: 'headline' } },
    ],
    [
      'NUL',
      '---\nheadline: 题\n---\n\n正文\u0000\n',
      5,
      'binary content (U+0000): not a UTF-8 text file',
      { problem: 'binary-content' },
    ],
    [
      'not UTF-8',
      '---\nheadline: \uFFFD\n---\n',
      2,
      'binary content (U+FFFD): not a UTF-8 text file',
      { problem: 'binary-content' },
    ],
  ])('refuses %s, naming the line and why as a code', (_name, file, line, message, why) => {
    expect(readStoryMarkdown(file)).toEqual({ ok: false, errors: [{ line, message, why }] });
  });

  it('reports every front matter problem at once, in line order', () => {
    const result = readStoryMarkdown('---\nfoo: 1\npriority: top\n---\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message: 'no headline: the front matter needs a "headline: …" line',
          why: { problem: 'no-headline' },
        },
        {
          line: 2,
          message:
            'unknown key "foo" (known: kicker, headline, subhead, byline, dateline, section, priority, author, hyphenation)',
          why: { problem: 'unknown-key', params: { key: 'foo' } },
        },
        {
          line: 3,
          message: 'priority must be lead, normal or brief, not "top"',
          why: { problem: 'bad-value', params: { key: 'priority' } },
        },
      ],
    });
  });
});
