// Column flow on a baseline grid: body text fills column after column; crossheads and
// photos take whole grid lines; the headline stack spans the frame at the top. Where the
// frame is full, a break token says where the story continues (jumps), and the rest is
// measured at this column width to report overset.

import { baselineInBand, frameWidth, rowsFor } from './baseline-grid';
import type { FontSet } from './font-metrics';
import { setHeadlineStack } from './headline-stack';
import { breakLines } from './line-breaker';
import { newsroomCount } from './newsroom-count';
import { paragraphStyle, type ResolvedStyle } from './paragraph-style';
import { indexAtOffset, type PreparedText, prepareText } from './prepare-text';
import { setParagraph } from './set-paragraph';
import type {
  BreakToken,
  FrameResult,
  FrameSpec,
  HeadlineStack,
  ParagraphBlock,
  PhotoBlock,
  PlacedLine,
  PlacedPhoto,
  SetLine,
  StoryBlock,
  TypesetSettings,
} from './types';

export interface Story {
  blocks: StoryBlock[];
  headline?: HeadlineStack;
}

export interface FlowOptions {
  /** Prepared paragraphs by block; reuse across calls while the text and settings hold. */
  cache?: Map<StoryBlock, PreparedText>;
}

/** Lines of the next paragraph a crosshead must keep with it in the same column. */
const KEEP_WITH_NEXT_LINES = 2;

/** Thrown to leave the flow when the frame is full: a signal, not an Error (no stack). */
class FrameFull {
  constructor(readonly token: BreakToken) {}
}

export function flowFrame(
  story: Story,
  frame: FrameSpec,
  settings: TypesetSettings,
  fonts: FontSet,
  token: BreakToken | null = null,
  options: FlowOptions = {},
): FrameResult {
  const cache = options.cache ?? new Map<StoryBlock, PreparedText>();
  const lines: PlacedLine[] = [];
  const photos: PlacedPhoto[] = [];
  const missing = new Set<string>();
  const notes: string[] = [];
  const H = frame.heightLines;
  const leading = settings.leading;
  const colX = (c: number) => c * (frame.columnWidth + frame.gutter);
  const fullWidth = frameWidth(frame.columns, frame.columnWidth, frame.gutter);

  let top = 0;
  if (token === null && story.headline) {
    const head = setHeadlineStack(story.headline, fullWidth, settings, fonts);
    for (const ch of head.missing) missing.add(ch);
    lines.push(...head.lines);
    top = Math.min(H, head.rows + settings.headlineGapLines);
  }
  const colTop = new Array<number>(frame.columns).fill(top);
  let col = 0;
  let row = top;
  let bodyStarted = false;

  const prepared = (block: StoryBlock, runsOf: ParagraphBlock['runs'], style: ResolvedStyle) => {
    let p = cache.get(block);
    if (!p) {
      const { family, size, bold } = style;
      const { kinsoku, hanLatinSpaceEm } = settings;
      p = prepareText(runsOf, { family, size, bold, kinsoku, hanLatinSpaceEm }, fonts);
      cache.set(block, p);
    }
    for (const ch of p.missing) missing.add(ch);
    return p;
  };
  const setBlock = (b: number, offset: number): { lines: SetLine[]; style: ResolvedStyle } => {
    const block = story.blocks[b] as ParagraphBlock;
    const style = paragraphStyle(block.style, settings);
    const side = style.sideIndentEm * style.size * 2;
    const p = prepared(block, block.runs, style);
    const set = setParagraph(
      p,
      {
        measure: frame.columnWidth - side,
        indent: style.indentEm * style.size,
        justify: style.justify,
        align: style.align,
      },
      offset,
    );
    return { lines: set, style };
  };
  /** Lines a paragraph needs from `offset`, without setting glyphs (overset only counts). */
  const countLines = (b: number, offset: number): number => {
    const block = story.blocks[b] as ParagraphBlock;
    const style = paragraphStyle(block.style, settings);
    const p = prepared(block, block.runs, style);
    const measure = frame.columnWidth - style.sideIndentEm * style.size * 2;
    const from = indexAtOffset(p, offset);
    const indent = from === 0 ? Math.min(style.indentEm * style.size, measure) : 0;
    return breakLines(p, from, measure - indent, measure).length * rowsFor(style.size, leading);
  };
  const nextColumn = (t: BreakToken) => {
    col++;
    if (col >= frame.columns) throw new FrameFull(t);
    row = colTop[col] ?? top;
  };

  const placeParagraph = (b: number, offset: number) => {
    const block = story.blocks[b] as ParagraphBlock;
    const { lines: set, style } = setBlock(b, offset);
    const rpl = rowsFor(style.size, leading);
    if (block.style === 'crosshead') {
      const next = story.blocks[b + 1];
      const keep =
        next?.kind === 'paragraph'
          ? Math.min(KEEP_WITH_NEXT_LINES, setBlock(b + 1, 0).lines.length)
          : 0;
      if (row + set.length * rpl + keep > H && row > (colTop[col] ?? 0)) {
        nextColumn({ block: b, offset });
      }
    }
    const x = style.sideIndentEm * style.size;
    for (const line of set) {
      if (row + rpl > H) nextColumn({ block: b, offset: line.start });
      lines.push({
        block: b,
        kind: block.style === 'crosshead' ? 'crosshead' : 'body',
        column: col,
        row,
        x: colX(col) + x,
        baseline: baselineInBand(row * leading, rpl * leading, line.size),
        line,
      });
      row += rpl;
      bodyStarted = true;
    }
  };

  const placePhoto = (b: number) => {
    const block = story.blocks[b] as PhotoBlock;
    const spanFrame = block.span === 'frame' && !bodyStarted && col === 0;
    if (block.span === 'frame' && !spanFrame) {
      notes.push(`photo ${b}: frame-wide photos go at the top of a frame; set at column width`);
    }
    const width = spanFrame ? fullWidth : frame.columnWidth;
    const caption = captionLines(block, width);
    const imageRows = rowsFor(width / block.aspectRatio, leading);
    const rows = imageRows + caption.length;
    if (row + rows > H && row > (colTop[col] ?? 0)) nextColumn({ block: b, offset: 0 });
    if (row + rows > H) notes.push(`photo ${b}: taller than the column; it overflows the frame`);
    photos.push({
      block: b,
      column: col,
      row,
      rows,
      x: colX(col),
      y: row * leading,
      width,
      height: imageRows * leading,
    });
    caption.forEach((line, i) => {
      const captionRow = row + imageRows + i;
      lines.push({
        block: b,
        kind: 'caption',
        column: col,
        row: captionRow,
        x: colX(col),
        baseline: baselineInBand(captionRow * leading, leading, line.size),
        line,
      });
    });
    if (spanFrame) colTop.fill(row + rows);
    row += rows;
  };

  const captionLines = (block: PhotoBlock, width: number): SetLine[] => {
    if (block.caption.length === 0) return [];
    const style = paragraphStyle('caption', settings);
    const p = prepared(block, block.caption, style);
    return setParagraph(p, { measure: width, indent: 0, justify: true, align: 'left' });
  };

  let breakToken: BreakToken | null = null;
  try {
    for (let b = token?.block ?? 0; b < story.blocks.length; b++) {
      const offset = b === token?.block ? token.offset : 0;
      if (story.blocks[b]?.kind === 'photo') placePhoto(b);
      else placeParagraph(b, offset);
    }
  } catch (e) {
    if (!(e instanceof FrameFull)) throw e;
    breakToken = e.token;
  }

  const capacity = frame.columns * H;
  let used = capacity;
  if (!breakToken) {
    used = 0;
    for (let c = 0; c < frame.columns; c++)
      used += c < col ? H : c === col ? row : (colTop[c] ?? 0);
  }
  const over = breakToken ? measureOverset(breakToken) : { rows: 0, chars: 0 };
  return {
    lines,
    photos,
    linesUsed: used,
    linesCapacity: capacity,
    linesOver: over.rows,
    linesUnder: capacity - used,
    charsOver: over.chars,
    breakToken,
    missing: [...missing],
    notes,
  };

  function measureOverset(from: BreakToken): { rows: number; chars: number } {
    let rows = 0;
    let chars = 0;
    for (let b = from.block; b < story.blocks.length; b++) {
      const block = story.blocks[b];
      if (!block) continue;
      const offset = b === from.block ? from.offset : 0;
      if (block.kind === 'photo') {
        if (offset === 0) {
          rows += rowsFor(frame.columnWidth / block.aspectRatio, leading);
          rows += captionLines(block, frame.columnWidth).length;
        }
        continue;
      }
      rows += countLines(b, offset);
      const p = prepared(block, block.runs, paragraphStyle(block.style, settings));
      chars += offset === 0 ? wholeCount(p) : newsroomCount(p.text.slice(offset));
    }
    return { rows, chars };
  }
}

/** Each frame of a chain reports the overset of the whole rest: count each paragraph once. */
const wholeCounts = new WeakMap<PreparedText, number>();
function wholeCount(p: PreparedText): number {
  let count = wholeCounts.get(p);
  if (count === undefined) {
    count = newsroomCount(p.text);
    wholeCounts.set(p, count);
  }
  return count;
}
