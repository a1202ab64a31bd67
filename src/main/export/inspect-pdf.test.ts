import { describe, expect, it } from 'vitest';
import { PopplerMissingError, parsePdfFonts, parsePdfInfo } from './inspect-pdf';

describe('poppler output parsing', () => {
  it('reads the page count and every page size from pdfinfo', () => {
    const info = parsePdfInfo(
      'Producer:        Skia/PDF m156\nPages:           2\n' +
        'Page    1 size:  1105.92 x 1530.96 pts\nPage    1 rot:   0\n' +
        'Page    2 size:  1122.93 x 1547.97 pts\n',
    );
    expect(info).toEqual({
      pages: 2,
      sizes: [
        { widthPt: 1105.92, heightPt: 1530.96 },
        { widthPt: 1122.93, heightPt: 1547.97 },
      ],
    });
  });

  it('reads the pdffonts table by its columns', () => {
    const fonts = parsePdfFonts(
      'name                                 type              encoding         emb sub uni object ID\n' +
        '------------------------------------ ----------------- ---------------- --- --- --- ---------\n' +
        'AAAAAA+NotoSerifSC-Regular           CID TrueType      Identity-H       yes yes yes      4  0\n' +
        '[none]                               Type 3            Custom           no  no  yes      9  0\n',
    );
    expect(fonts).toEqual([
      {
        name: 'AAAAAA+NotoSerifSC-Regular',
        type: 'CID TrueType',
        encoding: 'Identity-H',
        embedded: true,
        subset: true,
        unicode: true,
      },
      {
        name: '[none]',
        type: 'Type 3',
        encoding: 'Custom',
        embedded: false,
        subset: false,
        unicode: true,
      },
    ]);
  });

  it('names the package to install when poppler is missing', () => {
    expect(new PopplerMissingError('pdffonts').message).toBe(
      'pdffonts not found: PDF checks need poppler (apt-get install poppler-utils)',
    );
  });
});
