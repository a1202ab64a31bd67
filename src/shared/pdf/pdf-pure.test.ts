// The PDF writer's pure parts: the image matrix for each Exif orientation, page file names,
// the ToUnicode CMap.

import { describe, expect, it } from 'vitest';
import { pageFileName } from './file-name';
import { imageMatrix } from './image-matrix';
import { toUnicodeCMap } from './to-unicode';

describe('image matrix', () => {
  const place = { x: 10, y: 20, width: 30, height: 40 };
  it('places an upright image in its rectangle, PDF y up on a 100 pt page', () => {
    expect(imageMatrix(place, 1, 100)).toEqual([30, -0, 0, 40, 10, 40]);
  });
  it('turns a phone photo stored on its side (6: rows are the right-hand side) upright', () => {
    // Unit square (u, v): the stored top row (v = 1) goes to the right edge, the stored
    // left column (u = 0) to the top edge of the rectangle.
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = imageMatrix(place, 6, 100);
    const at = (u: number, v: number) => [a * u + c * v + e, b * u + d * v + f];
    expect(at(0, 1)).toEqual([40, 80]); // stored top-left: upright top-right (x 40, y top 80)
    expect(at(0, 0)).toEqual([10, 80]); // stored bottom-left: upright top-left
    expect(at(1, 1)).toEqual([40, 40]); // stored top-right: upright bottom-right
  });
  it('counts an unknown orientation as upright', () => {
    expect(imageMatrix(place, 9, 100)).toEqual(imageMatrix(place, 1, 100));
  });
});

describe('page file names', () => {
  it('fills the pattern, pads the page number, keeps the name safe', () => {
    const facts = { paper: '城市日报', date: '2026-11-28', page: 3, name: '专题/特稿' };
    expect(pageFileName('{paper}{yyyymmdd}{page:02}.pdf', facts)).toBe('城市日报2026112803.pdf');
    expect(pageFileName('{yyyy}-{mm}-{dd}_{page}_{name}', facts)).toBe(
      '2026-11-28_3_专题_特稿.pdf',
    );
    expect(pageFileName('{page:03}', facts)).toBe('003.pdf');
    expect(pageFileName('..', facts)).toBe('page3.pdf');
  });
});

describe('ToUnicode', () => {
  it('maps each code to its text, astral characters as surrogate pairs', () => {
    const cmap = toUnicodeCMap(
      new Map([
        [2, '中'],
        [1, '𠀋'],
      ]),
    );
    expect(cmap).toContain('2 beginbfchar\n<0001> <d840dc0b>\n<0002> <4e2d>\nendbfchar');
  });
});
