// Column flow on a baseline grid: body text fills column after column; crossheads and
// photos take whole grid lines; the headline stack spans the frame at the top. Where the
// frame is full, a break token says where the story continues (jumps), and the rest is
// measured at this column width to report overset.
//
// One flow, two outputs: `flowFrame` places every line and photo; `measureFrame` runs the
// very same flow without setting a glyph (lines as the line breaker's ranges, the headline
// stack's height from the session's memo) and returns only the figures. Auto-layout's
// search asks for those figures hundreds of times a page (compose/estimate.ts), so the flow
// allocates little: no closures or exceptions per call, lines taken a column's worth at a time.

import { baselineInBand, frameWidth } from './baseline-grid';
import { breakToken } from './break-token';
import { placePhoto } from './column-photo';
import {
  charsFrom,
  type FlowOptions,
  type Placed,
  PULL_QUOTE_AIR,
  paragraphAt,
  type Reader,
  reader,
  rest,
  type Story,
} from './column-reader';
import { type Columns, nextColumn, type Stop } from './column-state';
import type { FontSet } from './font-metrics';
import { headlineStackRows, setHeadlineStack } from './headline-stack';
import type { LineRange } from './line-breaker';
import { paragraphLines, setParagraph } from './set-paragraph';
import type {
  BreakToken,
  FrameMeasure,
  FrameResult,
  FrameSpec,
  SetLine,
  TypesetSettings,
} from './types';
import { YoungPlacedLine } from './young-objects';

export type { FlowOptions, Story } from './column-reader';

/** Lines of the next paragraph a crosshead must keep with it in the same column. */
const KEEP_WITH_NEXT_LINES = 2;

/** Sets the story into the frame from `token`: every line and photo placed, and the figures. */
export function flowFrame(
  story: Story,
  frame: FrameSpec,
  settings: TypesetSettings,
  fonts: FontSet,
  token: BreakToken | null = null,
  options: FlowOptions = {},
): FrameResult {
  const out: Placed = { lines: [], photos: [], missing: new Set(), notes: [] };
  const figures = flow(reader(story, frame, settings, fonts, options, out), token);
  return Object.freeze({
    ...figures,
    lines: Object.freeze(out.lines),
    photos: Object.freeze(out.photos),
    missing: Object.freeze([...out.missing]),
    notes: Object.freeze(out.notes),
  });
}

/**
 * The figures `flowFrame` gives for the same arguments (lines used, over, under, characters
 * over, break token, columns used), from the same flow with nothing set or placed.
 */
export function measureFrame(
  story: Story,
  frame: FrameSpec,
  settings: TypesetSettings,
  fonts: FontSet,
  token: BreakToken | null = null,
  options: FlowOptions = {},
): FrameMeasure {
  return Object.freeze(flow(reader(story, frame, settings, fonts, options, null), token));
}

/**
 * Grid lines and newsroom characters of the story from `token` on, set in one column of
 * `columnWidth` (photos at column width): the overset measure, and a part's whole body.
 */
export function restOfStory(
  story: Story,
  columnWidth: number,
  settings: TypesetSettings,
  fonts: FontSet,
  token: BreakToken | null = null,
  options: FlowOptions = {},
): { rows: number; chars: number } {
  const frame = { columns: 1, columnWidth, gutter: 0, heightLines: 0 };
  const r = reader(story, frame, settings, fonts, options, null);
  const from = token?.block ?? 0;
  const offset = token?.offset ?? 0;
  const block = story.blocks[from];
  if (offset === 0 || block?.kind !== 'paragraph') return rest(r, from);
  const { p, setting, rpl } = paragraphAt(r, from);
  const after = rest(r, from + 1);
  return {
    rows: paragraphLines(p, setting, offset, r.session).length * rpl + after.rows,
    chars: charsFrom(r, p, offset) + after.chars,
  };
}

function flow(r: Reader, token: BreakToken | null): FrameMeasure {
  const { story, frame, settings, out } = r;
  const H = frame.heightLines;
  let top = 0;
  if (token === null && story.headline) {
    const fullWidth = frameWidth(frame.columns, frame.columnWidth, frame.gutter);
    let rows: number;
    if (out) {
      const head = setHeadlineStack(story.headline, fullWidth, settings, r.fonts);
      for (const ch of head.missing) out.missing.add(ch);
      out.lines.push(...head.lines);
      rows = head.rows;
    } else {
      rows = headlineStackRows(story.headline, fullWidth, settings, r.fonts, r.session);
    }
    top = Math.min(H, rows + settings.headlineGapLines);
  }
  const c: Columns = {
    H,
    top,
    colTop: new Array<number>(frame.columns).fill(top),
    col: 0,
    row: top,
    bodyStarted: false,
  };

  let stop: Stop | null = null;
  for (let b = token?.block ?? 0; b < story.blocks.length && !stop; b++) {
    const offset = b === token?.block ? token.offset : 0;
    stop =
      story.blocks[b]?.kind === 'photo' ? placePhoto(r, c, b) : placeParagraph(r, c, b, offset);
  }

  const capacity = frame.columns * H;
  let used = capacity;
  let over = 0;
  let chars = 0;
  if (stop) {
    const after = rest(r, stop.token.block + 1);
    over = stop.rows + after.rows;
    chars = stop.chars + after.chars;
  } else {
    // A photo taller than its column overflows the frame (noted); it fills the column, no more.
    used = 0;
    for (let k = 0; k < frame.columns; k++)
      used += Math.min(H, k < c.col ? H : k === c.col ? c.row : (c.colTop[k] ?? 0));
  }
  return {
    linesUsed: used,
    linesCapacity: capacity,
    linesOver: over,
    linesUnder: capacity - used,
    charsOver: chars,
    breakToken: stop ? stop.token : null,
    columnsUsed: stop ? frame.columns : c.col + 1,
    lastColumnLines: stop ? 0 : c.row - (c.colTop[c.col] ?? 0),
  };
}

function placeParagraph(r: Reader, c: Columns, b: number, offset: number): Stop | null {
  const { story, frame, out } = r;
  const { block, style, p, setting, rpl } = paragraphAt(r, b);
  const ranges = paragraphLines(p, setting, offset, r.session);
  const H = c.H;
  if (block.style === 'crosshead') {
    const next = story.blocks[b + 1];
    let keep = 0;
    if (next?.kind === 'paragraph') {
      const after = paragraphAt(r, b + 1);
      keep = Math.min(
        KEEP_WITH_NEXT_LINES,
        paragraphLines(after.p, after.setting, 0, r.session).length,
      );
    }
    if (c.row + ranges.length * rpl + keep > H && c.row > (c.colTop[c.col] ?? 0)) {
      if (!nextColumn(c, frame.columns)) {
        return {
          token: breakToken(b, offset),
          rows: ranges.length * rpl,
          chars: charsFrom(r, p, offset),
        };
      }
    }
  }
  const quote = block.style === 'pullquote';
  if (quote) {
    // Kept whole in one column, with a line of air above and below.
    const rows = ranges.length * rpl + 2 * PULL_QUOTE_AIR;
    if (c.row + rows > H && c.row > (c.colTop[c.col] ?? 0) && !nextColumn(c, frame.columns)) {
      return { token: breakToken(b, offset), rows, chars: charsFrom(r, p, offset) };
    }
    c.row = Math.min(H, c.row + PULL_QUOTE_AIR);
  }
  const set = out ? setParagraph(p, setting, offset, r.session) : null;
  const x = style.sideIndentEm * style.size;
  const kind = block.style === 'crosshead' ? 'crosshead' : quote ? 'pullquote' : 'body';
  const leading = r.settings.leading;
  let i = 0;
  while (i < ranges.length) {
    // A column whose top is already full (a headline or a photo over it) holds no line.
    while (c.row + rpl > H) {
      if (!nextColumn(c, frame.columns)) {
        // Greedy breaks repeat from any line start: the rest is the lines not placed.
        const at = p.offsets[(ranges[i] as LineRange).start] ?? 0;
        return {
          token: breakToken(b, at),
          rows: (ranges.length - i) * rpl,
          chars: charsFrom(r, p, at),
        };
      }
    }
    const take = Math.min(ranges.length - i, Math.floor((H - c.row) / rpl));
    if (out && set) {
      const colX = c.col * (frame.columnWidth + frame.gutter) + x;
      for (let j = i; j < i + take; j++) {
        const line = set[j] as SetLine;
        const row = c.row + (j - i) * rpl;
        const baseline = baselineInBand(row * leading, rpl * leading, line.size);
        out.lines.push(
          p.latin
            ? new YoungPlacedLine(b, kind, c.col, row, colX, baseline, line)
            : { block: b, kind, column: c.col, row, x: colX, baseline, line },
        );
      }
    }
    c.row += take * rpl;
    i += take;
    c.bodyStarted = true;
  }
  if (quote) c.row = Math.min(H, c.row + PULL_QUOTE_AIR);
  return null;
}
