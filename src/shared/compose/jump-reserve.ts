// A part that jumps ends with its jump line on the grid line after its last body line.
// Where the module is full (or the story would fit), lines are taken back from the end
// until the jump line has room; the break token moves back with them, so nothing is lost.

import type { BreakToken, FrameResult, PlacedLine, PlacedPhoto } from '../typeset';

const BODY_KINDS = new Set<PlacedLine['kind']>(['body', 'crosshead', 'caption']);

export interface Reserved {
  lines: PlacedLine[];
  photos: PlacedPhoto[];
  breakToken: BreakToken | null;
  /** Column and grid line where the jump line goes (relative to the frame). */
  column: number;
  row: number;
}

function endOf(lines: PlacedLine[], photos: PlacedPhoto[], column: number, top: number): number {
  let end = top;
  for (const l of lines)
    if (BODY_KINDS.has(l.kind) && l.column === column) end = Math.max(end, l.row + 1);
  for (const p of photos) if (p.column === column) end = Math.max(end, p.row + p.rows);
  return end;
}

function lastColumn(lines: PlacedLine[], photos: PlacedPhoto[]): number {
  let col = -1;
  for (const l of lines) if (BODY_KINDS.has(l.kind)) col = Math.max(col, l.column);
  for (const p of photos) col = Math.max(col, p.column);
  return col;
}

/** Takes the last body item back: its lines (a photo with its caption) and photos. */
function dropLast(lines: PlacedLine[], photos: PlacedPhoto[]): BreakToken | null {
  let i = lines.length - 1;
  while (i >= 0 && !BODY_KINDS.has(lines[i]?.kind ?? 'headline')) i--;
  const last = lines[i];
  const lastPhoto = photos[photos.length - 1];
  if (!last && !lastPhoto) return null;
  // A photo without caption lines, or one placed after the last line, goes back whole.
  if (lastPhoto && (!last || lastPhoto.block > last.block || last.kind === 'caption')) {
    const block = lastPhoto.block;
    photos.pop();
    for (let k = lines.length - 1; k >= 0; k--) if (lines[k]?.block === block) lines.splice(k, 1);
    return { block, offset: 0 };
  }
  if (!last) return null;
  lines.splice(i, 1);
  return { block: last.block, offset: last.line.start };
}

export function reserveJumpLine(
  r: FrameResult,
  heightLines: number,
  bodyTop: number,
  needRows: number,
): Reserved {
  const lines = [...r.lines];
  const photos = [...r.photos];
  let token = r.breakToken;
  for (;;) {
    const col = lastColumn(lines, photos);
    const column = Math.max(col, 0);
    const end = endOf(lines, photos, column, bodyTop);
    const fits = end + needRows <= heightLines;
    if (token && fits) return { lines, photos, breakToken: token, column, row: end };
    const back = dropLast(lines, photos);
    if (!back) return { lines, photos, breakToken: token, column, row: end };
    token = back;
    // A crosshead stays with its paragraph: it goes back too when it is left last.
    const tail = lines[lines.length - 1];
    if (tail?.kind === 'crosshead' && tail.block === back.block - 1 && back.offset === 0) {
      lines.pop();
      token = { block: tail.block, offset: tail.line.start };
    }
  }
}
