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

import { baselineInBand, frameWidth, rowsFor } from './baseline-grid';
import { breakToken } from './break-token';
import type { FontSet } from './font-metrics';
import { headlineStackRows, setHeadlineStack } from './headline-stack';
import type { LineRange } from './line-breaker';
import { newsroomCount } from './newsroom-count';
import { paragraphStyle, type ResolvedStyle } from './paragraph-style';
import { type PreparedText, prepareText, textStyle } from './prepare-text';
import { type TypesetSession, textSettingsKey, typesetSession } from './session';
import { type ParagraphSetting, paragraphLines, setParagraph } from './set-paragraph';
import type {
  BreakToken,
  FrameMeasure,
  FrameResult,
  FrameSpec,
  HeadlineStack,
  HyphenationLanguage,
  ParagraphBlock,
  ParagraphStyle,
  PhotoBlock,
  PlacedLine,
  PlacedPhoto,
  SetLine,
  StoryBlock,
  TypesetSettings,
} from './types';
import { YoungPlacedLine } from './young-objects';

export interface Story {
  blocks: StoryBlock[];
  headline?: HeadlineStack;
  /** The story's own hyphenation language; absent: the paper's (settings.latin). */
  hyphenation?: HyphenationLanguage;
}

export interface FlowOptions {
  /** The caches to use and fill (prepared paragraphs, breaks); else the call's own. */
  session?: TypesetSession | undefined;
}

/** First-line indent of a Latin paragraph, in em. */
const LATIN_INDENT_EM = 1;

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

/** What a setting flow collects besides the figures. */
interface Placed {
  lines: PlacedLine[];
  photos: PlacedPhoto[];
  missing: Set<string>;
  notes: string[];
}

/** The story, frame and settings one flow reads, and where it places (null: measure only). */
interface Reader {
  story: Story;
  frame: FrameSpec;
  settings: TypesetSettings;
  fonts: FontSet;
  session: TypesetSession;
  out: Placed | null;
  styles: Partial<Record<ParagraphStyle, ResolvedStyle>>;
  /** What a paragraph of each style is prepared with, as a key (`TypesetSession.prepared`). */
  keys: Partial<Record<ParagraphStyle, string>>;
}

function reader(
  story: Story,
  frame: FrameSpec,
  settings: TypesetSettings,
  fonts: FontSet,
  options: FlowOptions,
  out: Placed | null,
): Reader {
  const session = typesetSession(fonts, options.session);
  const own = story.hyphenation;
  // The prepared-paragraph key includes the hyphenation language, so the override is cache-safe.
  const set =
    own && own !== settings.latin.hyphenation
      ? { ...settings, latin: { ...settings.latin, hyphenation: own } }
      : settings;
  return { story, frame, settings: set, fonts, session, out, styles: {}, keys: {} };
}

function styleOf(r: Reader, s: ParagraphStyle): ResolvedStyle {
  let style = r.styles[s];
  if (!style) {
    style = paragraphStyle(s, r.settings);
    r.styles[s] = style;
  }
  return style;
}

/** The block's prepared paragraph: the session's when it was prepared in the same style. */
function prepared(
  r: Reader,
  block: StoryBlock,
  runs: ParagraphBlock['runs'],
  name: ParagraphStyle,
): PreparedText {
  const style = styleOf(r, name);
  let key = r.keys[name];
  if (key === undefined) {
    key = `${style.family}|${style.size}|${style.bold}|${style.running}|${textSettingsKey(r.settings)}`;
    r.keys[name] = key;
  }
  const hit = r.session.prepared.get(block);
  let p = hit?.style === key ? hit.p : undefined;
  if (!p) {
    p = prepareText(runs, textStyle(style, r.settings), r.fonts);
    r.session.prepared.set(block, { style: key, p });
  }
  if (r.out) for (const ch of p.missing) r.out.missing.add(ch);
  return p;
}

/** First-line indent in pt: Chinese 2 em (the setting); a Latin paragraph 1 em, none for
 * the first paragraph of the story or the first after a crosshead, as English papers do. */
function indentOf(r: Reader, b: number, p: PreparedText, style: ResolvedStyle): number {
  if (!p.latin || style.indentEm === 0) return style.indentEm * style.size;
  const prev = r.story.blocks[b - 1];
  const afterHead = b === 0 || (prev?.kind === 'paragraph' && prev.style === 'crosshead');
  return afterHead ? 0 : LATIN_INDENT_EM * style.size;
}

interface Paragraph {
  block: ParagraphBlock;
  style: ResolvedStyle;
  p: PreparedText;
  setting: ParagraphSetting;
  /** Grid lines a line takes. */
  rpl: number;
}

/** Paragraph `b` at the column's measure. */
function paragraphAt(r: Reader, b: number): Paragraph {
  const block = r.story.blocks[b] as ParagraphBlock;
  const style = styleOf(r, block.style);
  const p = prepared(r, block, block.runs, block.style);
  const setting: ParagraphSetting = {
    measure: r.frame.columnWidth - style.sideIndentEm * style.size * 2,
    indent: indentOf(r, b, p, style),
    justify: style.justify,
    align: style.align,
  };
  return { block, style, p, setting, rpl: rowsFor(style.size, r.settings.leading) };
}

function captionSetting(width: number): ParagraphSetting {
  return { measure: width, indent: 0, justify: true, align: 'left' };
}

function captionText(r: Reader, block: PhotoBlock): PreparedText {
  return prepared(r, block, block.caption, 'caption');
}

/** Grid lines of a photo `width` wide: the image, then its caption lines. */
function photoRows(r: Reader, block: PhotoBlock, width: number): number {
  const image = rowsFor(width / block.aspectRatio, r.settings.leading);
  if (block.caption.length === 0) return image;
  return image + paragraphLines(captionText(r, block), captionSetting(width), 0, r.session).length;
}

/** Grid lines and characters of the blocks from `from` on, whole, at column width. */
function rest(r: Reader, from: number): { rows: number; chars: number } {
  let rows = 0;
  let chars = 0;
  const blocks = r.story.blocks;
  for (let b = from; b < blocks.length; b++) {
    const block = blocks[b] as StoryBlock;
    if (block.kind === 'photo') {
      rows += photoRows(r, block, r.frame.columnWidth);
      continue;
    }
    const { p, setting, rpl } = paragraphAt(r, b);
    rows += paragraphLines(p, setting, 0, r.session).length * rpl;
    chars += charsFrom(r, p, 0);
  }
  return { rows, chars };
}

/** Column state of one flow. */
interface Columns {
  H: number;
  top: number;
  colTop: number[];
  col: number;
  row: number;
  bodyStarted: boolean;
}

/** Moves to the next column; false when the frame has none left. */
function nextColumn(c: Columns, columns: number): boolean {
  c.col++;
  if (c.col >= columns) return false;
  c.row = c.colTop[c.col] ?? c.top;
  return true;
}

/** Where the frame filled up: the token, and the grid lines of its block left unplaced. */
interface Stop {
  token: BreakToken;
  rows: number;
  chars: number;
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
  const set = out ? setParagraph(p, setting, offset, r.session) : null;
  const x = style.sideIndentEm * style.size;
  const kind = block.style === 'crosshead' ? 'crosshead' : 'body';
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
  return null;
}

function placePhoto(r: Reader, c: Columns, b: number): Stop | null {
  const { story, frame, out } = r;
  const block = story.blocks[b] as PhotoBlock;
  const atTop = !c.bodyStarted && c.col === 0;
  const wide = block.span === 'frame' || block.columns !== undefined;
  if (wide && !atTop) {
    out?.notes.push(`photo ${b}: frame-wide photos go at the top of a frame; set at column width`);
  }
  let across = !atTop
    ? 1
    : block.columns !== undefined
      ? Math.max(1, Math.min(frame.columns, Math.round(block.columns)))
      : block.span === 'frame'
        ? frame.columns
        : 1;
  // A photo across some columns at the top sits over the first or the last of them.
  let first = across > 1 && block.side === 'end' ? frame.columns - across : c.col;
  // Below whatever already sits in any of its columns (an earlier photo across some).
  let at = first === c.col ? c.row : (c.colTop[first] ?? c.top);
  for (let k = first + 1; k < first + across; k++) at = Math.max(at, c.colTop[k] ?? c.top);
  let width = frameWidth(across, frame.columnWidth, frame.gutter);
  let rows = photoRows(r, block, width);
  if (first === c.col && at + rows > c.H && at > (c.colTop[c.col] ?? 0)) {
    // Never split: the photo goes to the top of the next column, at column width.
    if (!nextColumn(c, frame.columns)) {
      // The rest measures the photo at column width, as it would set in the next frame.
      return { token: breakToken(b, 0), rows: photoRows(r, block, frame.columnWidth), chars: 0 };
    }
    if (across > 1) {
      out?.notes.push(`photo ${b}: no room across the top of the frame; set at column width`);
      across = 1;
      width = frame.columnWidth;
      rows = photoRows(r, block, width);
    }
    first = c.col;
    at = c.row;
  }
  const y0 = at;
  if (out) placeImage(r, out, c, b, block, first, y0, rows, width);
  if (across > 1) c.colTop.fill(y0 + rows, first, first + across);
  if (first === c.col) c.row = y0 + rows;
  return null;
}

function placeImage(
  r: Reader,
  out: Placed,
  c: Columns,
  b: number,
  block: PhotoBlock,
  first: number,
  y0: number,
  rows: number,
  width: number,
) {
  const leading = r.settings.leading;
  if (y0 + rows > c.H) out.notes.push(`photo ${b}: taller than the column; it overflows the frame`);
  const caption =
    block.caption.length === 0
      ? []
      : setParagraph(captionText(r, block), captionSetting(width), 0, r.session);
  const imageRows = rows - caption.length;
  const x = first * (r.frame.columnWidth + r.frame.gutter);
  out.photos.push({
    block: b,
    column: first,
    row: y0,
    rows,
    x,
    y: y0 * leading,
    width,
    height: imageRows * leading,
  });
  caption.forEach((line, i) => {
    const captionRow = y0 + imageRows + i;
    out.lines.push({
      block: b,
      kind: 'caption',
      column: first,
      row: captionRow,
      x,
      baseline: baselineInBand(captionRow * leading, leading, line.size),
      line,
    });
  });
}

/**
 * Newsroom characters of a paragraph from UTF-16 `offset`. Each frame of a chain reports
 * the overset of the whole rest, and the search asks at the same breaks again and again:
 * counted once per paragraph and offset.
 */
function charsFrom(r: Reader, p: PreparedText, offset: number): number {
  const counts = r.session.counts;
  let byOffset = counts.get(p);
  if (!byOffset) {
    byOffset = new Map();
    counts.set(p, byOffset);
  }
  let count = byOffset.get(offset);
  if (count === undefined) {
    count = newsroomCount(offset === 0 ? p.text : p.text.slice(offset));
    byOffset.set(offset, count);
  }
  return count;
}
