// One story part in one module: the headline stack sized for the module (first part) or
// the (上接…) line and the smaller repeated headline (continuation), the body flowed by the
// engine into the module's columns, and the (下转…) line when the part jumps.

import type { CropRect } from '../model/module-controls';
import {
  type BreakToken,
  type FontSet,
  flowFrame,
  type PhotoBlock,
  type Story,
  setHeadlineStack,
  type TypesetSession,
  type TypesetSettings,
} from '../typeset';
import { jumpFromText, jumpToText } from './furniture-text';
import { type BodyGrid, moduleRect, spanWidth } from './geometry';
import { continuedSettings, stackSettings } from './headline-sizes';
import { reserveJumpLine } from './jump-reserve';
import { headlineControlOf } from './module-controls';
import { type FurnitureStyle, setFurniture } from './set-furniture';
import type {
  ComposedModule,
  Continuation,
  FurnitureBox,
  ImageBox,
  Language,
  ModuleSpec,
  Priority,
} from './types';

/** A photo cropped to another shape than its image's: the image keeps its own aspect. */
export interface CroppedPhoto extends PhotoBlock {
  imageAspect?: number;
  /** The part of the image the editor chose (module controls). */
  crop?: CropRect;
}

export interface PartInput {
  id: string;
  story: Story;
  priority: Priority;
  module: ModuleSpec;
  jumpTo?: number;
  continuation?: Continuation;
}

export interface PartContext {
  grid: BodyGrid;
  settings: TypesetSettings;
  fonts: FontSet;
  language: Language;
  /** The caches of the compose this part is in. */
  session: TypesetSession;
  /** Grid lines the module keeps empty at its foot (space above the next module). */
  footRows: number;
}

export interface FlowedPart {
  module: ComposedModule;
  missing: string[];
}

const JUMP_STYLE = (size: number, align: 'left' | 'right'): FurnitureStyle => ({
  family: 'sans',
  bold: false,
  size,
  align,
});

export function flowPart(input: PartInput, ctx: PartContext): FlowedPart {
  const { grid, fonts, language } = ctx;
  const m = input.module;
  const box = moduleRect(grid, m);
  const leading = grid.leading;
  const width = spanWidth(grid, m.cols);
  const missing: string[] = [];
  const furniture: FurnitureBox[] = [];
  const notes: string[] = [];
  const settings = stackSettings(
    input.story.headline,
    input.priority,
    width,
    ctx.settings,
    fonts,
    headlineControlOf(input.story),
    ctx.session,
  );
  let topRows = 0;
  let token: BreakToken | null = null;
  const part = input.continuation?.part ?? 1;

  if (input.continuation) {
    token = input.continuation.token;
    const from = setFurniture(
      jumpFromText(input.continuation.fromPage, language),
      JUMP_STYLE(settings.captionSize, 'left'),
      width,
      0,
      settings,
      fonts,
      'kicker',
    );
    missing.push(...from.missing);
    const fromRows = Math.ceil(from.height / leading - 1e-9);
    furniture.push({
      kind: 'jump',
      storyId: input.id,
      x: box.x,
      y: box.y,
      width,
      height: fromRows * leading,
      lines: from.lines,
    });
    topRows = fromRows;
    const headline = input.story.headline?.headline;
    if (headline) {
      const head = setHeadlineStack(
        { headline },
        width,
        continuedSettings(width, settings, input.continuation.headlineSize),
        fonts,
      );
      missing.push(...head.missing);
      const y = box.y + topRows * leading;
      furniture.push({
        kind: 'continued-headline',
        storyId: input.id,
        x: box.x,
        y,
        width,
        height: head.rows * leading,
        lines: head.lines,
      });
      topRows += head.rows + settings.headlineGapLines;
    }
  }

  const heightLines = Math.max(0, m.lines - ctx.footRows - topRows);
  const frameSpec = {
    columns: m.cols,
    columnWidth: grid.columnWidth,
    gutter: grid.gutter,
    heightLines,
  };
  const r = flowFrame(input.story, frameSpec, settings, fonts, token, { session: ctx.session });
  missing.push(...r.missing);
  notes.push(...r.notes);
  let { lines, photos, breakToken, linesOver, charsOver, linesUnder } = r;

  if (input.jumpTo !== undefined) {
    const jump = setFurniture(
      jumpToText(input.jumpTo, language),
      JUMP_STYLE(settings.captionSize, 'right'),
      grid.columnWidth,
      0,
      settings,
      fonts,
      'kicker',
    );
    missing.push(...jump.missing);
    const needRows = Math.max(1, Math.ceil(jump.height / leading - 1e-9));
    const bodyTop = token === null ? firstBodyRow(r.lines, r.photos, heightLines) : 0;
    if (!r.breakToken) notes.push('jumps although it fits: the last line goes to the continuation');
    const kept = reserveJumpLine(r, heightLines, bodyTop, needRows);
    ({ lines, photos, breakToken } = kept);
    furniture.push({
      kind: 'jump',
      storyId: input.id,
      x: box.x + kept.column * (grid.columnWidth + grid.gutter),
      y: box.y + (topRows + kept.row) * leading,
      width: grid.columnWidth,
      height: needRows * leading,
      lines: jump.lines,
    });
    linesOver = 0;
    charsOver = 0;
    linesUnder = Math.max(0, heightLines - kept.row - needRows);
    for (let c = kept.column + 1; c < m.cols; c++) linesUnder += heightLines - bodyTop;
  }

  const frameY = box.y + topRows * leading;
  const images: ImageBox[] = photos.map((p) => {
    const block = input.story.blocks[p.block] as CroppedPhoto | undefined;
    return {
      x: p.x,
      y: p.y,
      width: p.width,
      height: p.height,
      asset: block?.id ?? '',
      role: 'photo',
      aspectRatio: block?.imageAspect ?? block?.aspectRatio ?? p.width / p.height,
      block: p.block,
      ...(block?.crop ? { crop: block.crop } : {}),
    };
  });
  return {
    module: {
      storyId: input.id,
      part,
      module: m,
      box,
      frame: { x: box.x, y: frameY, width, height: heightLines * leading, lines },
      photos: images,
      furniture,
      linesOver,
      charsOver,
      linesUnder,
      breakToken,
      ...(input.jumpTo !== undefined ? { jumpTo: input.jumpTo } : {}),
      notes,
    },
    missing,
  };
}

/** Top grid line of the body below the headline stack (the engine's column top). */
function firstBodyRow(
  lines: readonly { block: number; row: number }[],
  photos: readonly { row: number }[],
  fallback: number,
): number {
  let top = fallback;
  for (const l of lines) if (l.block >= 0) top = Math.min(top, l.row);
  for (const p of photos) top = Math.min(top, p.row);
  if (top === fallback) {
    let head = 0;
    for (const l of lines) if (l.block < 0) head = Math.max(head, l.row + 1);
    return Math.min(head, fallback);
  }
  return top;
}
