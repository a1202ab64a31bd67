// The document's style sheet: the page box at the exact trim (plus bleed and slug), the
// embedded faces, and what every positioned box shares.

import { escapeHtml, type FontSet, lineCss } from '../typeset';
import { dataUrl } from './base64';
import type { FontFaceSource } from './types';

export const PT_PER_MM = 72 / 25.4;

/** mm with at most 3 decimals (0.001 mm is far below a printer's resolution). */
export function mm(n: number): string {
  return `${Math.round(n * 1000) / 1000}mm`;
}

export function pt(n: number): string {
  return `${Math.round(n * 10000) / 10000}pt`;
}

const MIME: Record<NonNullable<FontFaceSource['format']>, string> = {
  truetype: 'font/ttf',
  opentype: 'font/otf',
  woff: 'font/woff',
  woff2: 'font/woff2',
};

export function fontFaceCss(face: FontFaceSource): string {
  const format = face.format ?? 'truetype';
  const url = dataUrl(MIME[format], face, `font ${face.family} ${face.weight}`);
  const family = face.family.replace(/['\\<>]/g, '');
  return `@font-face{font-family:'${family}';font-weight:${face.weight};font-style:normal;src:url(${url}) format('${format}')}`;
}

export function documentCss(
  pageWidthMm: number,
  pageHeightMm: number,
  faces: FontFaceSource[],
  fonts: FontSet,
): string {
  return [
    `@page{size:${mm(pageWidthMm)} ${mm(pageHeightMm)};margin:0}`,
    ...faces.map(fontFaceCss),
    'html,body{margin:0;padding:0}',
    'body{-webkit-print-color-adjust:exact;print-color-adjust:exact;color:#000}',
    `.page{position:relative;overflow:hidden;background:#fff;width:${mm(pageWidthMm)};height:${mm(pageHeightMm)};break-after:page}`,
    '.page:last-child{break-after:auto}',
    '.trim{position:absolute;overflow:visible}',
    '.box{position:absolute}',
    '.rule,.mark{position:absolute;background:#000}',
    '.photo{position:absolute;overflow:hidden}',
    '.photo>img{position:absolute;display:block}',
    '.photo-missing{position:absolute;background:#ccc}',
    lineCss(fonts),
    '@media screen{body{background:#8a8a8a}.page{margin:12px auto;box-shadow:0 1px 4px rgba(0,0,0,.4)}}',
  ].join('\n');
}

export function escapeAttr(value: string): string {
  return escapeHtml(value);
}
