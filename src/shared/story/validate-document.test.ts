import { describe, expect, it } from 'vitest';
import { validateDocument, validateImportedDocument } from './validate-document';

const HASH = '0f'.repeat(32);
const photo = {
  type: 'photo',
  asset: HASH,
  width: 1200,
  height: 800,
  caption: '图为现场。',
  credit: '记者 某某 摄',
  children: [{ text: '' }],
};
const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const doc = (...body: unknown[]) => ({ version: 1, body });

describe('validateDocument', () => {
  it('accepts every kind of block', () => {
    const input = doc(
      { type: 'paragraph', children: [{ text: '甲', bold: true, italic: true }] },
      { type: 'crosshead', children: [{ text: '小标题' }] },
      { type: 'block-quote', children: [p('引')] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '项' }] }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '一' }] }] },
      photo,
    );
    expect(validateDocument(input)).toEqual({ ok: true, document: input });
  });

  it.each([
    [
      'an unknown element type',
      doc(p('a'), { type: 'table', children: [] }),
      'body[1]',
      'not a body block (paragraph, crosshead, block-quote, bulleted-list, numbered-list, photo)',
    ],
    [
      'an unknown mark',
      doc({ type: 'paragraph', children: [{ text: 'a', underline: true }] }),
      'body[0].children[0]',
      'Unrecognized key: "underline"',
    ],
    [
      'a false mark',
      doc({ type: 'paragraph', children: [{ text: 'a', bold: false }] }),
      'body[0].children[0].bold',
      'a mark is true or absent',
    ],
    [
      'a list inside a quote',
      doc({ type: 'block-quote', children: [{ type: 'bulleted-list', children: [] }] }),
      'body[0].children[0]',
      'a block-quote holds only paragraphs',
    ],
    [
      'a paragraph in a list',
      doc({ type: 'numbered-list', children: [p('x')] }),
      'body[0].children[0]',
      'a list holds only list-items',
    ],
    [
      'a line break in text',
      doc(p('a\nb')),
      'body[0].children[0].text',
      'has control characters or line breaks',
    ],
    ['an empty body', doc(), 'body', 'the body needs at least one block'],
    [
      'a photo with text',
      doc({ ...photo, children: [{ text: 'x' }] }),
      'body[0].children[0].text',
      'a photo has no text',
    ],
    [
      'a photo without an asset hash',
      doc({ ...photo, asset: 'photo.jpg' }),
      'body[0].asset',
      'asset must be a lowercase hex hash',
    ],
    ['another version', { version: 2, body: [p('a')] }, 'version', 'unknown document version'],
  ])('refuses %s with the path of the bad node', (_name, input, path, message) => {
    expect(validateDocument(input)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it('takes photos by path only in an imported document', () => {
    const ref = { type: 'photo', src: 'a.jpg', caption: '', credit: '', children: [{ text: '' }] };
    expect(validateImportedDocument(doc(ref)).ok).toBe(true);
    expect(validateDocument(doc(ref)).ok).toBe(false);
  });
});
