import { describe, expect, it } from 'vitest';
import type { StoryDocument, StoryHead } from './elements';
import { storyToPlainText } from './plain-text';
import { readStoryText } from './read-story-text';

const HEAD: StoryHead = {
  kicker: '引题',
  headline: '主题',
  subhead: '副题',
  byline: '记者 某某',
  dateline: '本报讯（记者 某某）',
  section: '',
  priority: 'normal',
};

const DOC: StoryDocument = {
  version: 1,
  body: [
    { type: 'crosshead', children: [{ text: '小标题' }] },
    { type: 'paragraph', children: [{ text: '今天', bold: true }, { text: '上午。' }] },
    { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '引语' }] }] },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: '一' }] },
        { type: 'list-item', children: [{ text: '二' }] },
      ],
    },
    {
      type: 'photo',
      asset: 'ab'.repeat(32),
      width: 3,
      height: 2,
      caption: '图为现场。',
      credit: '记者 某某 摄',
      children: [{ text: '' }],
    },
  ],
};

describe('storyToPlainText', () => {
  it('writes the headline stack, byline, and body with the dateline run in', () => {
    expect(storyToPlainText(HEAD, DOC)).toBe(
      '引题\n主题\n副题\n\n记者 某某\n\n小标题\n\n本报讯（记者 某某）今天上午。\n\n引语\n\n1. 一\n2. 二\n\n图为现场。\u3000记者 某某 摄\n',
    );
  });

  it('puts the dateline on its own when there is no paragraph', () => {
    const head = { ...HEAD, kicker: '', subhead: '', byline: '', dateline: '本报讯' };
    const doc: StoryDocument = {
      version: 1,
      body: [{ type: 'crosshead', children: [{ text: '题' }] }],
    };
    expect(storyToPlainText(head, doc)).toBe('主题\n\n本报讯\n\n题\n');
  });
});

describe('readStoryText', () => {
  it('takes the first line as the headline and blank-line paragraphs as the body', () => {
    const result = readStoryText(
      '\n  市政府召开常务会议  \r\n\r\n第一段，\r\n接着写。\r\n\r\n\r\n# 第二段\n',
    );
    expect(result).toEqual({
      ok: true,
      story: {
        head: {
          kicker: '',
          headline: '市政府召开常务会议',
          subhead: '',
          byline: '',
          dateline: '',
          section: '',
          priority: 'normal',
        },
        document: {
          version: 1,
          body: [
            { type: 'paragraph', children: [{ text: '第一段，接着写。' }] },
            { type: 'paragraph', children: [{ text: '# 第二段' }] },
          ],
        },
      },
    });
  });

  it('refuses an empty file, a long headline and binary content, naming the line', () => {
    expect(readStoryText(' \n\n')).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message: 'empty file: the first line is the headline',
          why: { problem: 'empty-file' },
        },
      ],
    });
    expect(readStoryText(`\n${'长'.repeat(201)}\n`)).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: 'headline longer than 200 characters',
          why: { problem: 'bad-value', params: { key: 'headline' } },
        },
      ],
    });
    expect(readStoryText('题\n\nPK\u0003\u0004')).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          message: 'binary content (U+0003): not a UTF-8 text file',
          why: { problem: 'binary-content' },
        },
      ],
    });
  });
});
