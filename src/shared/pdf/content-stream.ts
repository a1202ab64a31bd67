// A display page -> its PDF content stream. Text and rules in DeviceCMYK black (0 0 0 1)
// under an overprint graphics state, so black never knocks out the colour beneath it;
// crop marks in the registration colour (every plate); photos clipped to their box and
// placed by the image matrix; glyphs addressed by code (the subset's glyph id), each at
// the x the engine set, by TJ offsets from the font's own advances.

import type { DisplayLine, DisplayPage, DisplayRule, GlyphRun } from '../display/types';
import { imageMatrix, matrixOperator } from './image-matrix';
import { num } from './numbers';

/** Names of the resources the stream uses, from the writer. */
export interface ContentResources {
  /** Resource name of a face (e.g. F1) and its code for a glyph id. */
  font(face: GlyphRun['face']): { name: string; code(gid: number): number };
  /** Resource name of an image, or undefined when its bytes are missing (a grey box). */
  image(asset: string): string | undefined;
  /** ExtGState with overprint on (/OP /op true, /OPM 1). */
  overprint: string;
  /** Separation /All colour space. */
  registration: string;
}

/** Grey of the stand-in for a missing image, as CMYK black. */
const MISSING_K = 0.2;

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

function glyphRun(run: GlyphRun, res: ContentResources, pageHeight: number): string {
  const first = run.glyphs[0];
  if (!first) return '';
  const font = res.font(run.face);
  const parts: string[] = [];
  let codes = '';
  for (let k = 0; k < run.glyphs.length; k++) {
    const g = run.glyphs[k];
    if (!g) continue;
    codes += hex4(font.code(g.gid));
    const next = run.glyphs[k + 1];
    if (!next) break;
    // The pen moves by the glyph's own advance; TJ adds the rest (in 1/1000 em, negative = right).
    const gap = next.x - g.x - g.advance;
    const adjust = Math.round(((-gap * 1000) / run.size) * 1000) / 1000;
    if (adjust !== 0) {
      parts.push(`<${codes}>`, num(adjust));
      codes = '';
    }
  }
  if (codes !== '') parts.push(`<${codes}>`);
  return (
    `/${font.name} ${num(run.size)} Tf 1 0 0 1 ${num(first.x)} ${num(pageHeight - run.baseline)} Tm ` +
    `[${parts.join(' ')}] TJ`
  );
}

function line(l: DisplayLine, res: ContentResources, pageHeight: number): string {
  return l.runs.map((run) => glyphRun(run, res, pageHeight)).join('\n');
}

function stroke(r: DisplayRule, pageHeight: number): string {
  return `${num(r.weight)} w ${num(r.x1)} ${num(pageHeight - r.y1)} m ${num(r.x2)} ${num(pageHeight - r.y2)} l S`;
}

function rect(x: number, y: number, w: number, h: number, pageHeight: number): string {
  return `${num(x)} ${num(pageHeight - y - h)} ${num(w)} ${num(h)} re`;
}

export function contentStream(page: DisplayPage, res: ContentResources): string {
  const H = page.height;
  const out: string[] = [`/${res.overprint} gs`, '0 0 0 1 k 0 0 0 1 K 0 J'];
  let inText = false;
  const endText = () => {
    if (inText) out.push('ET');
    inText = false;
  };
  for (const item of page.items) {
    if (item.kind === 'line') {
      if (!inText) out.push('BT');
      inText = true;
      out.push(line(item, res, H));
      continue;
    }
    endText();
    if (item.kind === 'rule') out.push(stroke(item, H));
    else if (item.kind === 'box') {
      const r = item.rect;
      out.push(`q 0 0 0 ${num(item.grey)} k ${rect(r.x, r.y, r.width, r.height, H)} f Q`);
    } else {
      const name = res.image(item.asset);
      const c = item.clip;
      if (name === undefined) {
        out.push(`q 0 0 0 ${num(MISSING_K)} k ${rect(c.x, c.y, c.width, c.height, H)} f Q`);
      } else {
        const m = matrixOperator(imageMatrix(item.place, item.orientation, H));
        out.push(`q ${rect(c.x, c.y, c.width, c.height, H)} W n ${m} /${name} Do Q`);
      }
    }
  }
  endText();
  if (page.marks.length > 0) {
    out.push(`q /${res.registration} CS 1 SCN`);
    for (const mark of page.marks) out.push(stroke(mark, H));
    out.push('Q');
  }
  return `${out.join('\n')}\n`;
}
