// The @font-face rules of a subset font package (@fontsource: one WOFF2 file per slice of
// Unicode, each with its unicode-range), made into the UI's: WOFF2 only, display block,
// and one last face that gives whatever the slices leave out from the full font file.
import {
  type CodeRanges,
  formatUnicodeRange,
  mergeRanges,
  parseUnicodeRange,
} from './unicode-ranges';

/** The unicode-range of every @font-face rule in `css`, merged. */
export function declaredRanges(css: string): CodeRanges {
  const lists = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1] ?? '');
  return mergeRanges(lists.flatMap((list) => [...parseUnicodeRange(list)]));
}

export interface RestFace {
  family: string;
  weight: number;
  /** URL of the full font file, as the CSS should name it. */
  url: string;
  ranges: CodeRanges;
}

/**
 * The package's rules with their WOFF fallbacks dropped (every browser we serve reads WOFF2,
 * and the build would copy each slice twice) and `font-display: block` (text waits for its
 * slice, a few KB from our own origin, rather than flashing in a system font), then the
 * rest face: last, so the browser looks at it first for the code points it names.
 */
export function uiFontCss(css: string, rest: RestFace): string {
  const slices = css
    .replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '')
    .replace(/font-display:\s*swap;/g, 'font-display: block;');
  if (rest.ranges.length === 0) return slices;
  return `${slices}
/* ${rest.family} ${rest.weight}: what no slice holds, from the full font file */
@font-face {
  font-family: '${rest.family}';
  font-style: normal;
  font-display: block;
  font-weight: ${rest.weight};
  src: url(${rest.url}) format('truetype');
  unicode-range: ${formatUnicodeRange(rest.ranges)};
}
`;
}
