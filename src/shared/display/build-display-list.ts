// Composed pages -> display lists: every line, photo, logo and rule moved from its box onto
// the page box (trim offset by bleed and slug), each glyph with its page x and the glyph id
// the engine measured, photos with the rectangle that covers their box.

import type {
  ComposedModule,
  ComposedPage,
  FurnitureBox,
  ImageBox,
  Rect,
  RuleBox,
  TextBox,
} from '../compose/types';
import type { CropRect } from '../model/module-controls';
import type { FontSet, PlacedLine } from '../typeset';
import { cropMarks, markSlugMm, PT_PER_MM } from './crop-marks';
import type { DisplayItem, DisplayLine, DisplayPage, GlyphRun, Owner } from './types';

export interface DisplayOptions {
  fonts: FontSet;
  /** Bleed around the trim, mm on each side. */
  bleedMm?: number;
  /** Extra room outside the bleed, mm on each side; crop marks take at least what they need. */
  slugMm?: number;
  cropMarks?: boolean;
  /** Exif orientation (1–8) of image assets by hash; 1 when not given. */
  orientations?: Record<string, number>;
}

/** Grey of the stand-in for a photo whose bytes are missing (the HTML's #ccc). */
export const MISSING_GREY = 0.2;

export function trimMm(page: ComposedPage): { width: number; height: number } {
  const g = page.geometry;
  return {
    width: g.trimWidthMm ?? g.trimWidth / PT_PER_MM,
    height: g.trimHeightMm ?? g.trimHeight / PT_PER_MM,
  };
}

/** Bleed and slug in mm as the options ask (marks need their own room outside the bleed). */
export function pageMargins(o: Omit<DisplayOptions, 'fonts'>): { bleedMm: number; slugMm: number } {
  const bleedMm = Math.max(0, o.bleedMm ?? 0);
  const asked = Math.max(0, o.slugMm ?? 0);
  return { bleedMm, slugMm: o.cropMarks ? Math.max(asked, markSlugMm(bleedMm)) : asked };
}

/**
 * Where the whole image goes so that it covers `box`: centred, or with a crop (fractions of
 * the image) scaled so the crop covers the box, centred on the crop and kept covering it.
 */
export function cover(box: Rect, aspectRatio: number, crop?: CropRect): Rect {
  if (!(aspectRatio > 0) || !(box.width > 0) || !(box.height > 0)) return box;
  const c = crop ?? { x: 0, y: 0, width: 1, height: 1 };
  // Tall enough for the box's height and, at the image's shape, for its width.
  const height = Math.max(box.height / c.height, box.width / (aspectRatio * c.width));
  const width = height * aspectRatio;
  const centre = (start: number, size: number, placed: number, at: number) =>
    Math.min(start, Math.max(start + size - placed, start + size / 2 - at * placed));
  return {
    x: centre(box.x, box.width, width, c.x + c.width / 2),
    y: centre(box.y, box.height, height, c.y + c.height / 2),
    width,
    height,
  };
}

class PageBuilder {
  readonly items: DisplayItem[] = [];
  private lineIndex = 0;

  constructor(
    private readonly o: DisplayOptions,
    private readonly dx: number,
    private readonly dy: number,
    private readonly leading: number,
  ) {}

  box(b: TextBox, owner: Owner): void {
    for (const placed of b.lines) this.line(placed, b.x, b.y, owner);
  }

  line(placed: PlacedLine, boxX: number, boxY: number, owner: Owner): void {
    const x = this.dx + boxX + placed.x;
    const baseline = this.dy + boxY + placed.baseline;
    const size = placed.line.size;
    const runs: GlyphRun[] = [];
    let run: GlyphRun | undefined;
    for (const g of placed.line.glyphs) {
      if (!run || run.face !== g.font) {
        run = { face: g.font, size, baseline, glyphs: [] };
        runs.push(run);
      }
      const cp = g.text.codePointAt(0) ?? 0;
      const gid = this.o.fonts.font(g.font).glyphId?.(cp) ?? 0;
      run.glyphs.push({ x: x + g.x, gid, text: g.text, advance: g.advance });
    }
    const line: DisplayLine = {
      kind: 'line',
      owner,
      index: this.lineIndex++,
      x,
      baseline,
      runs,
      placed,
      leading: this.leading,
    };
    this.items.push(line);
  }

  /** `boxX`, `boxY`: the frame a story photo is placed in (a logo sits on the trim). */
  image(img: ImageBox, owner: Owner | null, boxX = 0, boxY = 0): void {
    const x = img.x + boxX + this.dx;
    const clip = { x, y: img.y + boxY + this.dy, width: img.width, height: img.height };
    this.items.push({
      kind: 'image',
      asset: img.asset,
      role: img.role,
      owner,
      clip,
      place: cover(clip, img.aspectRatio, img.crop),
      orientation: this.o.orientations?.[img.asset] ?? 1,
      ...(img.block !== undefined ? { block: img.block } : {}),
    });
  }

  rule(r: RuleBox): void {
    const { dx, dy } = this;
    this.items.push({
      kind: 'rule',
      x1: r.x1 + dx,
      y1: r.y1 + dy,
      x2: r.x2 + dx,
      y2: r.y2 + dy,
      weight: r.weight,
      registration: false,
    });
  }

  module(m: ComposedModule): void {
    const before = m.furniture.filter((f) => f.y < m.frame.y - 1e-6).sort((a, b) => a.y - b.y);
    const after = m.furniture.filter((f) => !before.includes(f)).sort((a, b) => a.y - b.y);
    const furniture = (f: FurnitureBox) =>
      this.box(f, { kind: 'furniture', furniture: f.kind, storyId: m.storyId });
    before.forEach(furniture);
    // Reading order: a photo before its first caption line.
    const owner: Owner = { kind: 'story', storyId: m.storyId, part: m.part };
    const photos = [...m.photos];
    for (const placed of m.frame.lines) {
      while (photos[0] && placed.block >= 0 && (photos[0].block ?? -1) <= placed.block) {
        this.image(photos.shift() as ImageBox, owner, m.frame.x, m.frame.y);
      }
      this.line(placed, m.frame.x, m.frame.y, owner);
    }
    for (const img of photos) this.image(img, owner, m.frame.x, m.frame.y);
    after.forEach(furniture);
  }
}

/** One page's display list, in the order the HTML document paints it. */
export function buildDisplayPage(page: ComposedPage, o: DisplayOptions): DisplayPage {
  const { bleedMm, slugMm } = pageMargins(o);
  const mm = trimMm(page);
  const offset = (bleedMm + slugMm) * PT_PER_MM;
  const bleed = bleedMm * PT_PER_MM;
  const trim = { x: offset, y: offset, width: mm.width * PT_PER_MM, height: mm.height * PT_PER_MM };
  const b = new PageBuilder(o, offset, offset, page.geometry.leading);
  for (const img of page.images) b.image(img, null);
  for (const f of page.furniture) {
    if (f.kind === 'masthead' || f.kind === 'folio')
      b.box(f, { kind: 'furniture', furniture: f.kind });
  }
  for (const r of page.rules) b.rule(r);
  for (const m of page.modules) b.module(m);
  return {
    number: page.number,
    width: trim.width + 2 * offset,
    height: trim.height + 2 * offset,
    trim,
    bleed: {
      x: offset - bleed,
      y: offset - bleed,
      width: trim.width + 2 * bleed,
      height: trim.height + 2 * bleed,
    },
    trimMm: mm,
    bleedMm,
    slugMm,
    items: b.items,
    marks: o.cropMarks ? cropMarks(trim, bleedMm) : [],
  };
}

export function buildDisplayList(pages: ComposedPage[], o: DisplayOptions): DisplayPage[] {
  return pages.map((page) => buildDisplayPage(page, o));
}
