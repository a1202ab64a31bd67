// Set lines -> HTML that paints each glyph where the engine put it: one absolutely
// positioned element per line, runs of glyphs with equal spacing as spans with explicit
// letter-spacing, and every browser adjustment that would move glyphs switched off.
// lang="zh-Hans" is part of the contract: the font metrics are measured with the ZHS `locl`.

import type { FontKey, FontSet } from './font-metrics';
import type { PlacedLine, SetGlyph } from './types';

/** Declarations that stop Chromium from changing advances (kerning, ligatures, palt,
 * CJK punctuation trimming and automatic Han–Latin spacing). */
export const NO_SHAPING_CSS =
  "font-kerning:none;font-variant-ligatures:none;font-feature-settings:'kern' 0,'liga' 0,'palt' 0;" +
  'text-spacing-trim:space-all;text-autospace:no-autospace;white-space:pre;font-synthesis:none';

export interface RenderOptions {
  /** Grid pitch: each line element is one grid band high. */
  leading: number;
  /** CSS font-family for a font key; defaults to the metrics' name. */
  family?: (key: FontKey) => string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function pt(n: number): string {
  return `${Math.round(n * 10000) / 10000}pt`;
}

function cssFamily(name: string): string {
  return `'${name.replace(/['\\]/g, '')}'`;
}

interface Span {
  from: number;
  to: number;
  spacing: number;
}

/** Groups glyphs into spans of one font whose gaps (pen - previous pen end) are equal. */
export function spansOf(glyphs: SetGlyph[]): Span[] {
  const spans: Span[] = [];
  const gapAfter = (k: number) => {
    const a = glyphs[k];
    const b = glyphs[k + 1];
    return a && b ? b.x - a.x - a.advance : 0;
  };
  let s = 0;
  while (s < glyphs.length) {
    const spacing = gapAfter(s);
    let e = s;
    while (
      e + 1 < glyphs.length &&
      glyphs[e + 1]?.font === glyphs[s]?.font &&
      Math.abs(gapAfter(e) - spacing) < 1e-6
    ) {
      e++;
    }
    spans.push({ from: s, to: e + 1, spacing });
    s = e + 1;
  }
  return spans;
}

export function renderLine(
  placed: PlacedLine,
  index: number,
  fonts: FontSet,
  o: RenderOptions,
): string {
  const { line } = placed;
  const first = line.glyphs[0];
  const metrics = fonts.font(first?.font ?? 'serif-400');
  // Put the baseline where the engine wants it: the line box is one band high and the
  // browser centres the font's ascent+descent in it.
  const ascent = (metrics.ascent / metrics.unitsPerEm) * line.size;
  const descent = (-metrics.descent / metrics.unitsPerEm) * line.size;
  const band = Math.max(o.leading, line.size);
  const top = placed.baseline - (band - ascent - descent) / 2 - ascent;
  let html =
    `<div data-line="${index}" lang="zh-Hans" data-block="${placed.block}" data-kind="${placed.kind}" ` +
    `style="position:absolute;left:${pt(placed.x)};top:${pt(top)};width:${pt(line.measure)};` +
    `height:${pt(band)};line-height:${pt(band)};font-size:${pt(line.size)};${NO_SHAPING_CSS}">`;
  for (const span of spansOf(line.glyphs)) {
    const g = line.glyphs[span.from];
    if (!g) continue;
    let text = '';
    for (let k = span.from; k < span.to; k++) text += line.glyphs[k]?.text ?? '';
    const family = o.family ? o.family(g.font) : fonts.font(g.font).name;
    const weight = g.font.endsWith('700') ? 700 : 400;
    html +=
      `<span style="position:absolute;top:0;left:${pt(g.x)};font-family:${cssFamily(family)};` +
      `font-weight:${weight};letter-spacing:${pt(span.spacing)}">${escapeHtml(text)}</span>`;
  }
  return `${html}</div>`;
}

/** All lines of a frame; wrap in a `position:relative` box the size of the frame. */
export function renderLines(lines: PlacedLine[], fonts: FontSet, o: RenderOptions): string {
  return lines.map((line, i) => renderLine(line, i, fonts, o)).join('');
}
