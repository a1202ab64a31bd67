import { describe, expect, it } from 'vitest';
import { readInline, writeInline } from './inline-marks';

describe('inline marks', () => {
  it('reads bold, italic and both', () => {
    expect(readInline('甲**乙**丙*丁**戊***')).toEqual([
      { text: '甲' },
      { text: '乙', bold: true },
      { text: '丙' },
      { text: '丁', italic: true },
      { text: '戊', bold: true, italic: true },
    ]);
  });

  it('writes mark changes as one star run, and reads them back', () => {
    const leaves = [
      { text: 'a', italic: true as const },
      { text: 'b', bold: true as const },
      { text: 'c' },
    ];
    expect(writeInline(leaves)).toBe('*a***b**c');
    expect(readInline('*a***b**c')).toEqual(leaves);
  });

  it('keeps an unclosed star and escaped characters as text', () => {
    expect(readInline('2 * 3 = 6')).toEqual([{ text: '2 * 3 = 6' }]);
    expect(readInline('**粗*')).toEqual([{ text: '**粗*' }]);
    expect(readInline('**粗**体*')).toEqual([{ text: '粗', bold: true }, { text: '体*' }]);
    expect(readInline('****')).toEqual([{ text: '****' }]);
    expect(readInline('\\*不是\\*斜体 \\\\ \\a')).toEqual([{ text: '*不是*斜体 \\ \\a' }]);
  });

  it('escapes stars and backslashes when writing', () => {
    expect(writeInline([{ text: 'a*b\\c', bold: true }])).toBe('**a\\*b\\\\c**');
  });

  it('reads an empty line as one empty leaf', () => {
    expect(readInline('')).toEqual([{ text: '' }]);
  });
});
