// A photo in the column flow (column-flow.ts): at column width, or across columns at the
// top of the frame, never split across columns; its caption set below the image.

import { baselineInBand, frameWidth } from './baseline-grid';
import { breakToken } from './break-token';
import { captionSetting, captionText, type Placed, photoRows, type Reader } from './column-reader';
import { type Columns, nextColumn, type Stop } from './column-state';
import { setParagraph } from './set-paragraph';
import type { PhotoBlock } from './types';

export function placePhoto(r: Reader, c: Columns, b: number): Stop | null {
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
