// One composed page -> its HTML: the page box (trim plus bleed and slug) holding the trim,
// the masthead or folio, rules, and per module its furniture and one element per story
// part (data-story, data-part) with the part's lines and photos in reading order. Lines
// are painted by the engine's renderLine, each with data-line.

import type {
  ComposedModule,
  ComposedPage,
  FurnitureBox,
  ImageBox,
  Rect,
  RuleBox,
  TextBox,
} from '../compose/types';
import { escapeHtml, type PlacedLine, renderLine } from '../typeset';
import { dataUrl } from './base64';
import { cropMarks } from './crop-marks';
import { mm, PT_PER_MM, pt } from './css';
import type { RenderInput } from './types';

interface Counter {
  line: number;
}

export function trimMm(page: ComposedPage): { width: number; height: number } {
  const g = page.geometry;
  return {
    width: g.trimWidthMm ?? g.trimWidth / PT_PER_MM,
    height: g.trimHeightMm ?? g.trimHeight / PT_PER_MM,
  };
}

export function renderPage(page: ComposedPage, input: RenderInput): string {
  const bleed = Math.max(0, input.bleedMm ?? 0);
  const slug = Math.max(0, input.slugMm ?? 0);
  const offset = bleed + slug;
  const trim = trimMm(page);
  const counter: Counter = { line: 0 };
  const leading = page.geometry.leading;
  const parts: string[] = [];

  const band = page.furniture.filter((f) => f.kind === 'masthead' || f.kind === 'folio');
  const bandKind = band[0]?.kind ?? (page.number === 1 ? 'masthead' : 'folio');
  const logos = page.images.map((img) => image(img, input));
  parts.push(
    `<header data-furniture="${bandKind}">${logos.join('')}${band.map((b) => textBox(b, input, leading, counter)).join('')}</header>`,
  );
  parts.push(page.rules.map(rule).join(''));
  for (const m of page.modules) parts.push(module(m, input, leading, counter));

  const marks = input.cropMarks ? cropMarks(trim.width, trim.height, offset, bleed) : '';
  return (
    `<section class="page" data-page="${page.number}">${marks}` +
    `<div class="trim" data-trim style="left:${mm(offset)};top:${mm(offset)};width:${mm(trim.width)};height:${mm(trim.height)}">` +
    `${parts.join('')}</div></section>`
  );
}

function module(m: ComposedModule, input: RenderInput, leading: number, counter: Counter): string {
  // Furniture above the frame ((上接…), the repeated headline) reads before the part.
  const before = m.furniture.filter((f) => f.y < m.frame.y - 1e-6);
  const after = m.furniture.filter((f) => !before.includes(f));
  const story = escapeHtml(m.storyId);
  const furniture = (list: FurnitureBox[]) =>
    list
      .sort((a, b) => a.y - b.y)
      .map(
        (f) =>
          `<div data-furniture="${f.kind}" data-story-ref="${story}">${textBox(f, input, leading, counter)}</div>`,
      )
      .join('');
  return (
    `<div data-module data-module-story="${story}" data-box="${[m.box.x, m.box.y, m.box.width, m.box.height].map(round).join(' ')}">` +
    furniture(before) +
    `<article data-story="${story}" data-part="${m.part}" class="box" style="${rect(m.frame)}">` +
    partContent(m, input, leading, counter) +
    '</article>' +
    furniture(after) +
    '</div>'
  );
}

/** Lines and photos in reading order: a photo goes before its first caption line. */
function partContent(
  m: ComposedModule,
  input: RenderInput,
  leading: number,
  counter: Counter,
): string {
  const photos = [...m.photos];
  const out: string[] = [];
  for (const line of m.frame.lines) {
    while (photos[0] && line.block >= 0 && (photos[0].block ?? -1) <= line.block) {
      out.push(image(photos.shift() as ImageBox, input));
    }
    out.push(lineHtml(line, input, leading, counter));
  }
  for (const img of photos) out.push(image(img, input));
  return out.join('');
}

function lineHtml(line: PlacedLine, input: RenderInput, leading: number, counter: Counter): string {
  return renderLine(line, counter.line++, input.fonts, { leading });
}

function textBox(b: TextBox, input: RenderInput, leading: number, counter: Counter): string {
  return `<div class="box" style="${rect(b)}">${b.lines.map((l) => lineHtml(l, input, leading, counter)).join('')}</div>`;
}

/** The whole image, scaled to cover its box and centred, clipped by the box. Not
 * object-fit: Chromium embeds a JPEG unchanged either way, but its PDF backend spends
 * about an eighth of a second on each cropped draw (four camera photos: half a second
 * of an export), and none on a whole image under a clip. */
function image(img: ImageBox, input: RenderInput): string {
  const source = input.images?.[img.asset];
  const attrs = `data-asset="${escapeHtml(img.asset)}" data-role="${img.role}"`;
  if (!source) return `<div class="photo-missing" ${attrs} style="${rect(img)}"></div>`;
  const src = dataUrl(source.mime, source, `image ${img.asset}`);
  const box = { x: 0, y: 0, width: img.width, height: img.height };
  return `<div class="photo" style="${rect(img)}"><img ${attrs} alt="" src="${src}" style="${rect(cover(box, img.aspectRatio))}"></div>`;
}

export function cover(box: Rect, aspectRatio: number): Rect {
  if (!(aspectRatio > 0) || !(box.width > 0) || !(box.height > 0)) return box;
  // Tall enough for the box's height and, at the image's shape, for its width.
  const height = Math.max(box.height, box.width / aspectRatio);
  const width = height * aspectRatio;
  return {
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
  };
}

function rule(r: RuleBox): string {
  const horizontal = Math.abs(r.y2 - r.y1) < Math.abs(r.x2 - r.x1);
  const x = Math.min(r.x1, r.x2);
  const y = Math.min(r.y1, r.y2);
  const box = horizontal
    ? { x, y: y - r.weight / 2, width: Math.abs(r.x2 - r.x1), height: r.weight }
    : { x: x - r.weight / 2, y, width: r.weight, height: Math.abs(r.y2 - r.y1) };
  return `<div class="rule" data-furniture="rule" style="${rect(box)}"></div>`;
}

function rect(r: Rect): string {
  return `left:${pt(r.x)};top:${pt(r.y)};width:${pt(r.width)};height:${pt(r.height)}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
