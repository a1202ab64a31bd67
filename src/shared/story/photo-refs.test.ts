import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from './elements';
import { resolvePhotoRefs } from './photo-refs';

const ref = (src: string) => ({
  type: 'photo' as const,
  src,
  caption: '图为',
  credit: '摄',
  children: [{ text: '' as const }] as [{ text: '' }],
});
const DOC: ImportedDocument = {
  version: 1,
  body: [
    { type: 'paragraph', children: [{ text: '文' }] },
    ref('a.jpg'),
    ref('b.jpg'),
    ref('a.jpg'),
  ],
};

describe('resolvePhotoRefs', () => {
  it('swaps each path for its asset', () => {
    const assets = new Map([
      ['a.jpg', { asset: 'aa', width: 4, height: 3 }],
      ['b.jpg', { asset: 'bb', width: 1, height: 2 }],
    ]);
    const photo = (asset: string, width: number, height: number) => ({
      type: 'photo',
      asset,
      width,
      height,
      caption: '图为',
      credit: '摄',
      children: [{ text: '' }],
    });
    expect(resolvePhotoRefs(DOC, assets)).toEqual({
      ok: true,
      document: {
        version: 1,
        body: [
          { type: 'paragraph', children: [{ text: '文' }] },
          photo('aa', 4, 3),
          photo('bb', 1, 2),
          photo('aa', 4, 3),
        ],
      },
    });
  });

  it('names every image it was not given, once', () => {
    expect(resolvePhotoRefs(DOC, new Map())).toEqual({ ok: false, missing: ['a.jpg', 'b.jpg'] });
  });
});
