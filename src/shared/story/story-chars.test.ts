import { describe, expect, it } from 'vitest';
import type { StoryDocument } from './elements';
import { storyChars } from './story-chars';

describe('storyChars', () => {
  it('counts fields, body units and captions by the Chinese rule, not byline or credit', () => {
    const fields = { kicker: '引题', headline: '主题：GDP增长5%', subhead: '', dateline: '本报讯' };
    const doc: StoryDocument = {
      version: 1,
      body: [
        { type: 'paragraph', children: [{ text: '今天上午，' }, { text: 'Newsdesk', bold: true }] },
        { type: 'crosshead', children: [{ text: 'AI' }] },
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: 'alpha' }] },
            { type: 'list-item', children: [{ text: 'beta' }] },
          ],
        },
        {
          type: 'photo',
          asset: 'ab'.repeat(32),
          width: 1,
          height: 1,
          caption: '图为现场。',
          credit: '记者 某某 摄',
          children: [{ text: '' }],
        },
      ],
    };
    // 引题 2 + 主题：GDP增长5% 7 (主 题 ： GDP 增 长 5) + 本报讯 3
    // + 今天上午，Newsdesk 6 + AI 1 + alpha 1 + beta 1 + 图为现场。 5
    expect(storyChars(fields, doc)).toBe(26);
  });

  it('is zero for an empty story', () => {
    const empty = { kicker: '', headline: '', subhead: '', dateline: '' };
    expect(
      storyChars(empty, { version: 1, body: [{ type: 'paragraph', children: [{ text: '' }] }] }),
    ).toBe(0);
  });
});
