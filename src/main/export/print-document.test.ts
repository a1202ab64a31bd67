import { describe, expect, it } from 'vitest';
import { forPrinting } from './print-document';

describe('the document as the print paths load it', () => {
  it('holds screen layout back from inside <head>, leaving the rest as it was', () => {
    const html =
      '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body>甲</body></html>';
    expect(forPrinting(html)).toBe(
      '<!doctype html><html lang="zh-Hans"><head><style>@media screen{html{display:none}}</style>' +
        '<meta charset="utf-8"></head><body>甲</body></html>',
    );
  });

  it('finds a <head> with attributes, and not a <header>', () => {
    expect(forPrinting('<!doctype html><header>x</header>')).toBe(
      '<!doctype html><header>x</header>',
    );
    expect(forPrinting('<HEAD lang="en">')).toBe(
      '<HEAD lang="en"><style>@media screen{html{display:none}}</style>',
    );
  });
});
