import { describe, expect, it } from 'vitest';
import { storyFromHtml } from './html-to-story';

describe('storyFromHtml (mammoth output)', () => {
  it('keeps one list level, splits at line breaks and pictures, flattens tables', () => {
    const html = [
      '<h1 class="title">标题</h1><h1 class="title">第二个标题</h1>',
      '<ul><li>一<ul><li>一之一</li></ul></li><li>二</li></ul>',
      '<p>上行<br />下行<img src="picture 1" />图后</p>',
      '<table><tr><td><p>格一</p></td><td><p>格二</p></td></tr></table>',
      '<blockquote><p>引语&amp;说明</p></blockquote><p class="caption">孤立图注</p>',
      '<p><a href="http://x">链接</a>文字</p>',
    ].join('');
    expect(storyFromHtml(html)).toEqual({
      headline: '标题',
      blocks: [
        { type: 'crosshead', children: [{ text: '第二个标题' }] },
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: '一' }] },
            { type: 'list-item', children: [{ text: '一之一' }] },
            { type: 'list-item', children: [{ text: '二' }] },
          ],
        },
        { type: 'paragraph', children: [{ text: '上行' }] },
        { type: 'paragraph', children: [{ text: '下行' }] },
        { type: 'photo', src: 'picture 1', caption: '', credit: '', children: [{ text: '' }] },
        { type: 'paragraph', children: [{ text: '图后' }] },
        { type: 'paragraph', children: [{ text: '格一' }] },
        { type: 'paragraph', children: [{ text: '格二' }] },
        {
          type: 'block-quote',
          children: [{ type: 'paragraph', children: [{ text: '引语&说明' }] }],
        },
        { type: 'paragraph', children: [{ text: '孤立图注' }] },
        { type: 'paragraph', children: [{ text: '链接' }, { text: '文字' }] },
      ],
    });
  });
});

describe('storyFromHtml spacing', () => {
  it('trims a block across its leaves and drops blocks of spaces only', () => {
    const html = '<p> <strong> </strong><em> 斜体 </em>正文 <strong> </strong></p><p>   </p>';
    expect(storyFromHtml(html).blocks).toEqual([
      { type: 'paragraph', children: [{ text: '斜体 ', italic: true }, { text: '正文' }] },
    ]);
  });
});
