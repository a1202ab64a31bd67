// One composed page -> its HTML: the page box (trim plus bleed and slug) holding the trim,
// the masthead or folio, rules, and per module its furniture and one element per story
// part (data-story, data-part) with the part's lines and photos in reading order. The
// document's structure follows the composed page; what is painted in it — each line (by
// the engine's renderLine, with data-line), each photo's placement, the crop marks and the
// page box — comes from the display list, in the same order, as the PDF writer paints it.

import type {
  ComposedModule,
  ComposedPage,
  FurnitureBox,
  ImageBox,
  Rect,
  RuleBox,
  TextBox,
} from '../compose/types';
import { buildDisplayPage } from '../display/build-display-list';
import type { DisplayImage, DisplayLine, DisplayPage, DisplayRule } from '../display/types';
import type { PlacedLine } from '../typeset';
import { escapeHtml, renderLine } from '../typeset';
import { dataUrl } from './base64';
import { mm, pt } from './css';
import type { RenderInput } from './types';

export { cover, trimMm } from '../display/build-display-list';

/** The display page's lines and images, taken in the order the HTML reaches them. */
interface Painted {
  lines: DisplayLine[];
  images: DisplayImage[];
  page: DisplayPage;
}

function nextLine(p: Painted): DisplayLine {
  const line = p.lines.shift();
  if (!line)
    throw new Error(`page ${p.page.number}: the display list has fewer lines than the page`);
  return line;
}

export function renderPage(page: ComposedPage, input: RenderInput): string {
  const display = buildDisplayPage(page, {
    fonts: input.fonts,
    ...(input.bleedMm !== undefined ? { bleedMm: input.bleedMm } : {}),
    ...(input.slugMm !== undefined ? { slugMm: input.slugMm } : {}),
    ...(input.cropMarks !== undefined ? { cropMarks: input.cropMarks } : {}),
  });
  const offset = display.bleedMm + display.slugMm;
  const trim = display.trimMm;
  const counter: Painted = {
    lines: display.items.filter((i): i is DisplayLine => i.kind === 'line'),
    images: display.items.filter((i): i is DisplayImage => i.kind === 'image'),
    page: display,
  };
  const leading = page.geometry.leading;
  const parts: string[] = [];

  const band = page.furniture.filter((f) => f.kind === 'masthead' || f.kind === 'folio');
  const bandKind = band[0]?.kind ?? (page.number === 1 ? 'masthead' : 'folio');
  const logos = page.images.map((img) => image(img, input, counter));
  parts.push(
    `<header data-furniture="${bandKind}">${logos.join('')}${band.map((b) => textBox(b, input, leading, counter)).join('')}</header>`,
  );
  parts.push(page.rules.map(rule).join(''));
  for (const m of page.modules) parts.push(module(m, input, leading, counter));

  const marks =
    display.marks.length > 0
      ? `<div data-furniture="crop-marks">${display.marks.map(markHtml).join('')}</div>`
      : '';
  return (
    `<section class="page" data-page="${page.number}">${marks}` +
    `<div class="trim" data-trim style="left:${mm(offset)};top:${mm(offset)};width:${mm(trim.width)};height:${mm(trim.height)}">` +
    `${parts.join('')}</div></section>`
  );
}

function module(m: ComposedModule, input: RenderInput, leading: number, counter: Painted): string {
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
  counter: Painted,
): string {
  const photos = [...m.photos];
  const out: string[] = [];
  for (const line of m.frame.lines) {
    while (photos[0] && line.block >= 0 && (photos[0].block ?? -1) <= line.block) {
      out.push(image(photos.shift() as ImageBox, input, counter));
    }
    out.push(lineHtml(line, input, leading, counter));
  }
  for (const img of photos) out.push(image(img, input, counter));
  return out.join('');
}

/** The next line of the display list; `line` is the composed line it must be. */
function lineHtml(line: PlacedLine, input: RenderInput, leading: number, counter: Painted): string {
  const item = nextLine(counter);
  if (item.placed !== line) throw new Error(`page ${counter.page.number}: lines out of order`);
  return renderLine(item.placed, item.index, input.fonts, { leading });
}

function textBox(b: TextBox, input: RenderInput, leading: number, counter: Painted): string {
  return `<div class="box" style="${rect(b)}">${b.lines.map((l) => lineHtml(l, input, leading, counter)).join('')}</div>`;
}

/** The whole image, scaled to cover its box and centred, clipped by the box. Not
 * object-fit: Chromium embeds a JPEG unchanged either way, but its PDF backend spends
 * about an eighth of a second on each cropped draw (four camera photos: half a second
 * of an export), and none on a whole image under a clip. */
function image(img: ImageBox, input: RenderInput, counter: Painted): string {
  const shown = counter.images.shift();
  if (!shown || shown.asset !== img.asset) {
    throw new Error(`page ${counter.page.number}: images out of order`);
  }
  const source = input.images?.[img.asset];
  const attrs = `data-asset="${escapeHtml(img.asset)}" data-role="${img.role}"`;
  if (!source) return `<div class="photo-missing" ${attrs} style="${rect(img)}"></div>`;
  const src = dataUrl(source.mime, source, `image ${img.asset}`);
  // The display list's placement, relative to the box that clips it.
  const place = {
    x: shown.place.x - shown.clip.x,
    y: shown.place.y - shown.clip.y,
    width: shown.place.width,
    height: shown.place.height,
  };
  return `<div class="photo" style="${rect(img)}"><img ${attrs} alt="" src="${src}" style="${rect(place)}"></div>`;
}

/** A crop mark as a thin box (page coordinates: the page box is the positioning parent). */
function markHtml(m: DisplayRule): string {
  const horizontal = Math.abs(m.y2 - m.y1) < Math.abs(m.x2 - m.x1);
  const x = Math.min(m.x1, m.x2);
  const y = Math.min(m.y1, m.y2);
  const box = horizontal
    ? { x, y: y - m.weight / 2, width: Math.abs(m.x2 - m.x1), height: m.weight }
    : { x: x - m.weight / 2, y, width: m.weight, height: Math.abs(m.y2 - m.y1) };
  return `<div class="mark" style="${rect(box)}"></div>`;
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
