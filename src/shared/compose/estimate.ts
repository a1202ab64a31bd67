// How many grid lines a story part needs in a module, exactly enough to search layouts on:
// modules are whole columns, so every body line sets at one measure (the column) whatever
// the module's width. Each paragraph is broken once by the engine (its line breaker, the
// count the engine's overset measure uses) and the column flow is then replayed on those
// counts for any module size: the headline stack set by the engine at the module's width,
// crossheads kept with the next lines, photos (a lead's opening photo across the module)
// never split, the rest filling column after column. Results are cached per (cols, lines).

import {
  type BreakToken,
  type FontFamilyKind,
  type FontSet,
  type HeadlinePart,
  type HeadlineStack,
  type PhotoBlock,
  type PreparedText,
  prepareText,
  type Story,
  type StoryBlock,
  setParagraph,
  type TypesetSettings,
} from '../typeset';
import { frameWidth, rowsFor } from '../typeset/baseline-grid';
import { breakLines } from '../typeset/line-breaker';
import { paragraphStyle } from '../typeset/paragraph-style';
import { indexAtOffset, textStyle } from '../typeset/prepare-text';
import { type BodyGrid, spanWidth } from './geometry';
import { continuedSettings, headlineStackRows, stackSettings } from './headline-sizes';
import { naturalWidth100 } from './natural-width';
import { leadPhotoAcross } from './resolve-story';
import type { Priority } from './types';

export interface PartFit {
  /** Grid lines of the part that do not fit (at column width). */
  over: number;
  /** Grid lines of the module's frame left empty, summed over its columns. */
  under: number;
}

export interface PartNeed {
  /** Grid lines of the body set in one column. */
  bodyRows: number;
  /** Grid lines above the body (headline stack and gap, or jump line and repeated head). */
  headRows(cols: number): number;
  /** Overset and empty lines of the part in a module `cols` wide and `lines` high (foot excluded). */
  fitIn(cols: number, lines: number): PartFit;
  /** Fewest module lines (foot excluded) that hold the whole part at `cols` columns. */
  rows(cols: number): number;
  /** Grid lines of the page body (a module reaching them has no foot). */
  gridRows: number;
}

/** One block as the flow sees it: a paragraph's line count or a photo. */
type Unit =
  | { kind: 'text'; lines: number; rpl: number; crosshead: boolean; keep: number }
  | { kind: 'photo'; block: PhotoBlock };

export function estimateNeed(
  story: Story,
  priority: Priority,
  token: BreakToken | null,
  headlineSize: number | undefined,
  grid: BodyGrid,
  settings: TypesetSettings,
  fonts: FontSet,
  cache: Map<StoryBlock, PreparedText>,
): PartNeed {
  const leading = settings.leading;
  const prepared = (block: StoryBlock, runs: PreparedTextInput, style: StyleInput) => {
    let p = cache.get(block);
    if (!p) {
      p = prepareText(runs, textStyle(style, settings), fonts);
      cache.set(block, p);
    }
    return p;
  };
  /** Lines of a paragraph from `offset` (the engine's line breaker, as its overset count). */
  const countLines = (b: number, offset: number): number => {
    const block = story.blocks[b];
    if (block?.kind !== 'paragraph') return 0;
    const style = paragraphStyle(block.style, settings);
    const p = prepared(block, block.runs, style);
    const measure = grid.columnWidth - style.sideIndentEm * style.size * 2;
    const from = indexAtOffset(p, offset);
    const indent = from === 0 ? Math.min(style.indentEm * style.size, measure) : 0;
    return breakLines(p, from, measure - indent, measure).length;
  };

  const first = token?.block ?? 0;
  const units: Unit[] = [];
  for (let b = first; b < story.blocks.length; b++) {
    const block = story.blocks[b] as StoryBlock;
    if (block.kind === 'photo') {
      if (b === first && (token?.offset ?? 0) > 0) continue;
      units.push({ kind: 'photo', block });
      continue;
    }
    const style = paragraphStyle(block.style, settings);
    const next = story.blocks[b + 1];
    const crosshead = block.style === 'crosshead';
    units.push({
      kind: 'text',
      lines: countLines(b, b === first ? (token?.offset ?? 0) : 0),
      rpl: rowsFor(style.size, leading),
      crosshead,
      keep: crosshead && next?.kind === 'paragraph' ? Math.min(2, countLines(b + 1, 0)) : 0,
    });
  }

  const captions = new Map<PhotoBlock, Map<number, number>>();
  const captionRows = (block: PhotoBlock, width: number): number => {
    if (block.caption.length === 0) return 0;
    let byWidth = captions.get(block);
    if (!byWidth) {
      byWidth = new Map();
      captions.set(block, byWidth);
    }
    let n = byWidth.get(width);
    if (n === undefined) {
      const style = paragraphStyle('caption', settings);
      const p = prepared(block, block.caption, style);
      n = setParagraph(p, { measure: width, indent: 0, justify: true, align: 'left' }).length;
      byWidth.set(width, n);
    }
    return n;
  };
  const photoRows = (block: PhotoBlock, width: number) =>
    rowsFor(width / block.aspectRatio, leading) + captionRows(block, width);
  const unitRows = (u: Unit) =>
    u.kind === 'text' ? u.lines * u.rpl : photoRows(u.block, grid.columnWidth);
  const bodyRows = units.reduce((n, u) => n + unitRows(u), 0);
  /** Rows of the rest from unit `k` on (the engine's overset measure, at column width). */
  const restRows: number[] = new Array(units.length + 1).fill(0);
  for (let k = units.length - 1; k >= 0; k--)
    restRows[k] = (restRows[k + 1] ?? 0) + unitRows(units[k] as Unit);

  // A lead's opening photo spans its module (compose-page sets it so for part 1).
  const leadSpan =
    token === null && priority === 'lead'
      ? (cols: number) => leadPhotoAcross(story, cols).blocks[0] !== story.blocks[0]
      : () => false;

  const heads = new Map<number, number>();
  const headRows = (cols: number): number => {
    let rows = heads.get(cols);
    if (rows !== undefined) return rows;

    const width = spanWidth(grid, cols);
    const s = stackSettings(story.headline, priority, width, settings, fonts);
    if (token === null) {
      rows = story.headline
        ? headlineStackRows(story.headline, width, s, fonts) + s.headlineGapLines
        : 0;
    } else {
      const headline = story.headline?.headline;
      const repeat = headline
        ? stackRows({ headline }, continuedSettings(width, s, headlineSize), width, fonts) +
          s.headlineGapLines
        : 0;
      rows = 1 + repeat; // the (上接…) line
    }
    heads.set(cols, rows);
    return rows;
  };

  const fits = new Map<number, PartFit>();
  const fitIn = (cols: number, lines: number): PartFit => {
    const key = cols * 8192 + lines;
    let f = fits.get(key);
    if (f) return f;
    f = token === null ? flow(cols, lines) : flow(cols, lines - headRows(cols));
    fits.set(key, f);
    return f;
  };

  /** The engine's column flow replayed on line counts: a frame of cols x H. */
  const flow = (cols: number, H0: number): PartFit => {
    const H = Math.max(0, H0);
    const top = token === null && story.headline ? Math.min(H, headRows(cols)) : 0;
    const colTop = new Array<number>(cols).fill(top);
    const span = leadSpan(cols);
    let col = 0;
    let row = top;
    let bodyStarted = false;
    const full = (k: number, partRows: number): PartFit => ({
      over: partRows + (restRows[k + 1] ?? 0),
      under: 0,
    });
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (u.kind === 'photo') {
        const spanFrame =
          (u.block.span === 'frame' || (k === 0 && span)) && !bodyStarted && col === 0;
        const width = spanFrame
          ? frameWidth(cols, grid.columnWidth, grid.gutter)
          : grid.columnWidth;
        const rows = photoRows(u.block, width);
        if (row + rows > H && row > (colTop[col] ?? 0)) {
          col++;
          if (col >= cols) return full(k, unitRows(u));
          row = colTop[col] ?? top;
        }
        if (spanFrame) colTop.fill(row + rows);
        row += rows;
        continue;
      }
      const { rpl } = u;
      if (u.crosshead && row + u.lines * rpl + u.keep > H && row > (colTop[col] ?? 0)) {
        col++;
        if (col >= cols) return full(k, u.lines * rpl);
        row = colTop[col] ?? top;
      }
      let left = u.lines;
      while (left > 0) {
        const room = Math.max(0, Math.floor((H - row) / rpl));
        const take = Math.min(room, left);
        row += take * rpl;
        left -= take;
        if (take > 0) bodyStarted = true;
        if (left > 0) {
          col++;
          if (col >= cols) return full(k, left * rpl);
          row = colTop[col] ?? top;
        }
      }
    }
    let used = 0;
    for (let c = 0; c < cols; c++) used += c < col ? H : c === col ? row : (colTop[c] ?? 0);
    return { over: 0, under: cols * H - used };
  };

  const least = new Map<number, number>();
  const rows = (cols: number): number => {
    let n = least.get(cols);
    if (n !== undefined) return n;
    n = headRows(cols) + Math.max(1, Math.ceil(bodyRows / cols) - 1);
    const cap = n + bodyRows + 200;
    while (n < cap && fitIn(cols, n).over > 0) n++;
    least.set(cols, n);
    return n;
  };

  return { bodyRows, headRows, fitIn, rows, gridRows: grid.rows };
}

type PreparedTextInput = Parameters<typeof prepareText>[0];
type StyleInput = { family: FontFamilyKind; size: number; bold: boolean };

const FACES: Record<HeadlinePart, [FontFamilyKind, boolean]> = {
  kicker: ['sans', false],
  headline: ['sans', true],
  subhead: ['sans', false],
  byline: ['serif', false],
};

/** Grid lines of a headline stack from natural widths (the engine's rounding per part). */
function stackRows(
  stack: HeadlineStack,
  s: TypesetSettings,
  width: number,
  fonts: FontSet,
): number {
  let rows = 0;
  for (const part of ['kicker', 'headline', 'subhead', 'byline'] as const) {
    const text = stack[part];
    if (!text) continue;
    const [family, bold] = FACES[part];
    const size = s.headlineSizes[part];
    const natural = (naturalWidth100(text, family, bold, s, fonts) * size) / 100;
    const lines = Math.max(1, Math.ceil(natural / width - 1e-9));
    const partLeading = Math.max(size * s.headlineLeadingRatio, s.leading);
    rows += Math.max(1, Math.ceil((lines * partLeading) / s.leading - 1e-9));
  }
  return rows;
}
