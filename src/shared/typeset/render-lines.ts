// Set lines -> HTML that paints each glyph where the engine put it: one absolutely
// positioned element per line, runs of glyphs with equal spacing as spans with explicit
// letter-spacing (a line of one run holds its text itself), and every browser adjustment
// that would move glyphs switched off by the line class (lineCss).
// lang="zh-Hans" is part of the contract: the font metrics are measured with the ZHS `locl`.

import { FONT_KEYS, type FontKey, type FontSet } from './font-metrics';
import type { PlacedLine, SetGlyph } from './types';

/** Declarations that stop Chromium from changing advances (kerning, ligatures, palt,
 * CJK punctuation trimming and automatic Han–Latin spacing). */
export const NO_SHAPING_CSS =
  "font-kerning:none;font-variant-ligatures:none;font-feature-settings:'kern' 0,'liga' 0,'palt' 0;" +
  'text-spacing-trim:space-all;text-autospace:no-autospace;white-space:pre;font-synthesis:none';

export interface RenderOptions {
  /** Grid pitch: each line element is one grid band high. */
  leading: number;
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

/** What every set line shares lives in one rule (lineCss, which a document holding lines
 * must carry) instead of thousands of inline declarations: half the export's bytes and
 * less of Chromium's style work. */
export const LINE_CLASS = 'line';

export function fontClass(key: FontKey): string {
  return `f-${key}`;
}

/** The line class and one class per face, named as the metrics name it (the embedded
 * @font-face family). */
export function lineCss(fonts: FontSet): string {
  const faces = FONT_KEYS.map((key) => {
    const name = fonts.font(key).name;
    const weight = key.endsWith('700') ? 700 : 400;
    return `.${fontClass(key)}{font-family:${cssFamily(name)};font-weight:${weight}}`;
  });
  return [
    `.${LINE_CLASS}{position:absolute;${NO_SHAPING_CSS}}`,
    `.${LINE_CLASS}>span{position:absolute;top:0}`,
    ...faces,
  ].join('\n');
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
  const spans = spansOf(line.glyphs);
  const open =
    `<div data-line="${index}" lang="zh-Hans" data-block="${placed.block}" data-kind="${placed.kind}" ` +
    `class="${LINE_CLASS}`;
  const box =
    `left:${pt(placed.x)};top:${pt(top)};width:${pt(line.measure)};` +
    `height:${pt(band)};line-height:${pt(band)};font-size:${pt(line.size)}`;
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only && first) {
    // One run (most body lines): the text sits in the line itself, its start as an indent.
    const indent = first.x === 0 ? '' : `;text-indent:${pt(first.x)}`;
    const spacing = only.spacing === 0 ? '' : `;letter-spacing:${pt(only.spacing)}`;
    return `${open} ${fontClass(first.font)}" style="${box}${indent}${spacing}">${escapeHtml(runText(line.glyphs, only))}</div>`;
  }
  let html = `${open}" style="${box}">`;
  for (const span of spans) {
    const g = line.glyphs[span.from];
    if (!g) continue;
    const spacing = span.spacing === 0 ? '' : `;letter-spacing:${pt(span.spacing)}`;
    html += `<span class="${fontClass(g.font)}" style="left:${pt(g.x)}${spacing}">${escapeHtml(runText(line.glyphs, span))}</span>`;
  }
  return `${html}</div>`;
}

function runText(glyphs: SetGlyph[], span: Span): string {
  let text = '';
  for (let k = span.from; k < span.to; k++) text += glyphs[k]?.text ?? '';
  return text;
}

/** All lines of a frame; wrap in a `position:relative` box the size of the frame. */
export function renderLines(
  lines: readonly PlacedLine[],
  fonts: FontSet,
  o: RenderOptions,
): string {
  return lines.map((line, i) => renderLine(line, i, fonts, o)).join('');
}
