import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryDocument } from './elements';
import { normalizeDocument } from './normalize-document';
import { messyDocument } from './test-support/arbitraries';
import { validateDocument } from './validate-document';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const doc = (body: unknown[]) => ({ version: 1, body }) as StoryDocument;
const HASH = 'ab'.repeat(32);

describe('normalizeDocument', () => {
  it('gives an empty body one empty paragraph', () => {
    expect(normalizeDocument(doc([]))).toEqual(doc([p('')]));
  });

  it('merges neighbouring leaves with equal marks and drops false or unknown marks', () => {
    const input = doc([
      {
        type: 'paragraph',
        children: [
          { text: '本报', bold: true },
          { text: '讯', bold: true },
          { text: '今日', bold: false },
          { text: '上午', underline: true },
        ],
      },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([
        { type: 'paragraph', children: [{ text: '本报讯', bold: true }, { text: '今日上午' }] },
      ]),
    );
  });

  it('wraps stray text in a paragraph, in the body and in a quote, and in an item in a list', () => {
    const input = doc([
      { text: '散' },
      { text: '文', italic: true },
      { type: 'block-quote', children: [{ text: '引' }] },
      { type: 'bulleted-list', children: [{ text: '项' }] },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([
        { type: 'paragraph', children: [{ text: '散' }, { text: '文', italic: true }] },
        { type: 'block-quote', children: [p('引')] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '项' }] }] },
      ]),
    );
  });

  it('keeps lists to list-items and quotes to paragraphs, unnested', () => {
    const input = doc([
      {
        type: 'numbered-list',
        children: [p('一'), { type: 'crosshead', children: [{ text: '二' }] }],
      },
      { type: 'block-quote', children: [{ type: 'block-quote', children: [p('内')] }, p('外')] },
      { type: 'list-item', children: [{ text: '孤' }] },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([
        {
          type: 'numbered-list',
          children: [
            { type: 'list-item', children: [{ text: '一' }] },
            { type: 'list-item', children: [{ text: '二' }] },
          ],
        },
        { type: 'block-quote', children: [p('内'), p('外')] },
        p('孤'),
      ]),
    );
  });

  it('merges two lists of the same kind side by side, not of different kinds', () => {
    const item = (text: string) => ({ type: 'list-item', children: [{ text }] });
    const input = doc([
      { type: 'bulleted-list', children: [item('a')] },
      { type: 'bulleted-list', children: [item('b')] },
      { type: 'numbered-list', children: [item('c')] },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([
        { type: 'bulleted-list', children: [item('a'), item('b')] },
        { type: 'numbered-list', children: [item('c')] },
      ]),
    );
  });

  it('gives a photo one empty text child and lifts it out of a paragraph', () => {
    const photo = {
      type: 'photo',
      asset: HASH,
      width: 4,
      height: 3,
      caption: '图\n为',
      credit: '',
    };
    const input = doc([
      { type: 'paragraph', children: [{ text: '前' }, { ...photo, children: [{ text: 'x' }] }] },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([p('前'), { ...photo, caption: '图 为', children: [{ text: '' }] }]),
    );
  });

  it('splits blocks at line breaks (CRLF as one) and strips control characters', () => {
    const input = doc([
      {
        type: 'paragraph',
        children: [{ text: '甲\r\n乙', bold: true }, { text: '\u0000丙\t丁\n' }],
      },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'a\rb' }] }] },
    ]);
    expect(normalizeDocument(input)).toEqual(
      doc([
        { type: 'paragraph', children: [{ text: '甲', bold: true }] },
        { type: 'paragraph', children: [{ text: '乙', bold: true }, { text: '丙 丁' }] },
        p(''),
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: 'a' }] },
            { type: 'list-item', children: [{ text: 'b' }] },
          ],
        },
      ]),
    );
  });

  it('turns an unknown element into a paragraph', () => {
    expect(normalizeDocument(doc([{ type: 'table', children: [{ text: '表' }] }]))).toEqual(
      doc([p('表')]),
    );
  });

  it('does not change its input', () => {
    const input = doc([{ type: 'paragraph', children: [{ text: 'a' }, { text: 'b' }] }]);
    const copy = JSON.parse(JSON.stringify(input));
    normalizeDocument(input);
    expect(input).toEqual(copy);
  });

  it('always yields a valid document, and normalizing it again changes nothing', () => {
    fc.assert(
      fc.property(messyDocument, (input) => {
        const once = normalizeDocument(input as StoryDocument);
        expect(validateDocument(once)).toEqual({ ok: true, document: once });
        expect(normalizeDocument(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
