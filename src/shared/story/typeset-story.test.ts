import { describe, expect, it } from 'vitest';
import type { StoryDocument, StoryHead } from './elements';
import { storyToTypeset } from './typeset-story';

const HEAD: StoryHead = {
  kicker: '引题',
  headline: '主题',
  subhead: '',
  byline: '记者 某某',
  dateline: '新华社北京11月26日电',
  section: '要闻',
  priority: 'lead',
};

describe('storyToTypeset', () => {
  it('maps every block and runs the dateline in, bold, before the first paragraph', () => {
    const doc: StoryDocument = {
      version: 1,
      body: [
        { type: 'crosshead', children: [{ text: '小标题' }] },
        { type: 'paragraph', children: [{ text: '今天', italic: true }, { text: '上午。' }] },
        { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '引' }] }] },
        {
          type: 'bulleted-list',
          children: [{ type: 'list-item', children: [{ text: '项', bold: true }] }],
        },
        {
          type: 'numbered-list',
          children: [
            { type: 'list-item', children: [{ text: '一' }] },
            { type: 'list-item', children: [{ text: '二' }] },
          ],
        },
        {
          type: 'photo',
          asset: 'cd'.repeat(32),
          width: 1200,
          height: 800,
          caption: '图为现场。',
          credit: '记者 某某 摄',
          children: [{ text: '' }],
        },
      ],
    };
    expect(storyToTypeset(HEAD, doc)).toEqual({
      headline: { kicker: '引题', headline: '主题', byline: '记者 某某' },
      blocks: [
        { kind: 'paragraph', style: 'crosshead', runs: [{ text: '小标题' }] },
        {
          kind: 'paragraph',
          style: 'body',
          runs: [
            { text: '新华社北京11月26日电\u3000', bold: true },
            { text: '今天', italic: true },
            { text: '上午。' },
          ],
        },
        { kind: 'paragraph', style: 'quote', runs: [{ text: '引' }] },
        { kind: 'paragraph', style: 'body', runs: [{ text: '● ' }, { text: '项', bold: true }] },
        { kind: 'paragraph', style: 'body', runs: [{ text: '1. ' }, { text: '一' }] },
        { kind: 'paragraph', style: 'body', runs: [{ text: '2. ' }, { text: '二' }] },
        {
          kind: 'photo',
          aspectRatio: 1.5,
          caption: [{ text: '图为现场。' }, { text: '\u3000记者 某某 摄' }],
          id: 'cd'.repeat(32),
        },
      ],
    });
  });

  it('follows a closing bracket directly, and gives a story without paragraphs one', () => {
    const head = { ...HEAD, kicker: '', byline: '', dateline: '本报讯（记者 某某）' };
    const withParagraph: StoryDocument = {
      version: 1,
      body: [{ type: 'paragraph', children: [{ text: '正文' }] }],
    };
    expect(storyToTypeset(head, withParagraph).blocks).toEqual([
      {
        kind: 'paragraph',
        style: 'body',
        runs: [{ text: '本报讯（记者 某某）', bold: true }, { text: '正文' }],
      },
    ]);
    const noParagraph: StoryDocument = {
      version: 1,
      body: [{ type: 'crosshead', children: [{ text: '题' }] }],
    };
    expect(storyToTypeset(head, noParagraph)).toEqual({
      headline: { headline: '主题' },
      blocks: [
        { kind: 'paragraph', style: 'body', runs: [{ text: '本报讯（记者 某某）', bold: true }] },
        { kind: 'paragraph', style: 'crosshead', runs: [{ text: '题' }] },
      ],
    });
  });
});
