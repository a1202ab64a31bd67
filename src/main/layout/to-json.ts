// Composed pages -> the contract's LayoutPage JSON (contract/wire/layout-page.ts): every box
// and line moved to page coordinates, and the page's display list, which the board paints.

import type {
  ComposedIssue,
  ComposedModule,
  ComposedPage,
  FurnitureBox,
  ImageBox,
  Rect,
} from '../../shared/compose';
import type {
  LayoutIssue,
  LayoutLine,
  LayoutModule,
  LayoutPage,
  LayoutRect,
} from '../../shared/contract/wire/layout-page';
import { cover } from '../../shared/display/build-display-list';
import type { IssueSummary, Page } from '../../shared/model/issue';
import type { ModuleControls } from '../../shared/model/module-controls';
import type { FontSet, PlacedLine } from '../../shared/typeset';
import { displayJson } from './display-json';

/** Rounded to 1/1000 pt: far below what the eye or a plate can tell, and compact JSON. */
const r3 = (n: number) => Math.round(n * 1000) / 1000;

const rect = (b: Rect, dx = 0, dy = 0): LayoutRect => ({
  x: r3(b.x + dx),
  y: r3(b.y + dy),
  w: r3(b.width),
  h: r3(b.height),
});

export function lineJson(placed: PlacedLine, dx: number, dy: number): LayoutLine {
  const { line } = placed;
  return {
    kind: placed.kind,
    block: placed.block,
    x: r3(placed.x + dx),
    baseline: r3(placed.baseline + dy),
    size: line.size,
    measure: r3(line.measure),
    text: line.text,
  };
}

const storyNumber = (id: string | undefined) => (id === undefined ? null : Number(id));

function furnitureJson(f: FurnitureBox) {
  return {
    kind: f.kind,
    storyId: storyNumber(f.storyId),
    box: rect(f),
    lines: f.lines.map((l) => lineJson(l, f.x, f.y)),
  };
}

function imageJson(img: ImageBox, storyId: string | undefined, dx = 0, dy = 0) {
  const box = { x: img.x + dx, y: img.y + dy, width: img.width, height: img.height };
  return {
    asset: img.asset,
    role: img.role,
    storyId: storyNumber(storyId),
    box: rect(box),
    place: rect(cover(box, img.aspectRatio, img.crop)),
    ...(img.crop ? { crop: { ...img.crop } } : {}),
  };
}

function moduleJson(
  m: ComposedModule,
  fixed: boolean,
  pinned: boolean,
  visible: boolean,
  controls: ModuleControls | undefined,
  mayJump = false,
): LayoutModule {
  const f = m.frame;
  return {
    storyId: Number(m.storyId),
    part: m.part,
    module: { ...m.module },
    fixed,
    pinned,
    box: rect(m.box),
    frame: rect(f),
    lines: visible ? f.lines.map((l) => lineJson(l, f.x, f.y)) : [],
    furniture: visible ? m.furniture.map(furnitureJson) : [],
    photos: visible ? m.photos.map((p) => imageJson(p, m.storyId, f.x, f.y)) : [],
    linesOver: m.linesOver,
    charsOver: m.charsOver,
    linesUnder: m.linesUnder,
    jumpTo: m.jumpTo ?? null,
    ...(controls ? { controls: { ...controls } } : {}),
    mayJump: m.part === 1 && mayJump,
  };
}

export interface JsonOptions {
  /** Whether the actor may see the story's text (a reporter: own stories only). */
  visible: (storyId: number) => boolean;
  /** Whether a story part's module was saved (fixed) rather than placed on the fly. */
  fixed: (storyId: number, part: number) => boolean;
  /** Whether the editor pinned it (auto-layout keeps it). */
  pinned?: (storyId: number, part: number) => boolean;
  /** The engine's fonts: the display list names each glyph by its id in them. */
  fonts: FontSet;
  /** The editor's module controls of a story. */
  controls?: (storyId: number) => ModuleControls | undefined;
  /** Whether the editor marked it "may jump". */
  mayJump?: (storyId: number) => boolean;
  /** The jumps auto-layout proposes (issueJson only). */
  proposedJumps?: LayoutIssue['proposedJumps'];
}

export function pageJson(page: ComposedPage, info: Page, o: JsonOptions): LayoutPage {
  const g = page.geometry;
  const hidden = (id: string) => !o.visible(Number(id));
  return {
    number: page.number,
    name: info.name,
    trim: {
      w: r3(g.trimWidth),
      h: r3(g.trimHeight),
      wMm: g.trimWidthMm ?? r3((g.trimWidth * 25.4) / 72),
      hMm: g.trimHeightMm ?? r3((g.trimHeight * 25.4) / 72),
    },
    grid: {
      top: r3(page.grid.top),
      left: r3(g.margins.left),
      columns: g.columns,
      rows: page.grid.rows,
      columnWidth: r3(page.grid.columnWidth),
      gutter: r3(g.gutter),
      leading: g.leading,
    },
    furniture: page.furniture.map(furnitureJson),
    images: page.images.map((img) => imageJson(img, undefined)),
    rules: page.rules.map((x) => ({
      x1: r3(x.x1),
      y1: r3(x.y1),
      x2: r3(x.x2),
      y2: r3(x.y2),
      weight: x.weight,
    })),
    modules: page.modules.map((m) =>
      moduleJson(
        m,
        o.fixed(Number(m.storyId), m.part),
        o.pinned?.(Number(m.storyId), m.part) ?? false,
        !hidden(m.storyId),
        o.controls?.(Number(m.storyId)),
        o.mayJump?.(Number(m.storyId)) ?? false,
      ),
    ),
    report: {
      overset: page.report.overset.map((x) => ({ ...x, storyId: Number(x.storyId) })),
      emptyLines: page.report.emptyLines,
      notPlaced: page.report.notPlaced.map((x) => ({ ...x, storyId: Number(x.storyId) })),
      missingGlyphs: page.report.missingGlyphs,
      notes: page.report.notes,
    },
    display: displayJson(page, o.fonts, o.visible),
  };
}

export function issueJson(
  summary: IssueSummary,
  pages: Page[],
  composed: ComposedIssue,
  o: JsonOptions & { page?: number },
): LayoutIssue {
  const chosen = composed.pages.filter((p) => o.page === undefined || p.number === o.page);
  const info = (n: number) =>
    pages.find((p) => p.number === n) ?? {
      number: n,
      name: '',
      editor: '',
      designer: '',
      proofreader: '',
    };
  return {
    date: summary.date,
    number: summary.number,
    pageCount: summary.pageCount,
    pages: chosen.map((p) => pageJson(p, info(p.number), o)),
    notPlaced: composed.pages.flatMap((p) =>
      p.report.notPlaced.map((x) => ({
        storyId: Number(x.storyId),
        page: p.number,
        reason: x.reason,
      })),
    ),
    overset: composed.pages.flatMap((p) =>
      p.report.overset.map((x) => ({
        storyId: Number(x.storyId),
        page: p.number,
        lines: x.lines,
        chars: x.chars,
      })),
    ),
    lostJumps: composed.lostJumps.map((x) => ({ storyId: Number(x.storyId), toPage: x.toPage })),
    proposedJumps: o.proposedJumps ?? [],
  };
}
