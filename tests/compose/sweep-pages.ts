// Generated pages for the fill sweep (issue 12, point 2): seeded, deterministic story sets
// for broadsheet (对开) and tabloid (四开) pages, 3–9 stories, with and without photos, of
// different lengths, scaled so their text about fills the page; and the text's own need
// (each story at its most economical allowed width), to tell a page whose stories fit.

import { MIN_LEG } from '../../src/shared/compose/auto-layout';
import { composePage } from '../../src/shared/compose/compose-page';
import { estimateNeed } from '../../src/shared/compose/estimate';
import { bodyGrid, pageRows } from '../../src/shared/compose/geometry';
import { type PageQuality, pageQuality } from '../../src/shared/compose/layout-quality';
import { BROADSHEET, pageInput, story, TABLOID } from '../../src/shared/compose/test-support';
import {
  type ComposedPage,
  kindOf,
  type PageGeometry,
  type PlacedStoryInput,
} from '../../src/shared/compose/types';
import type { FontSet, Story } from '../../src/shared/typeset';
import { DEFAULT_SETTINGS } from '../../src/shared/typeset';

export interface SweepPage {
  seed: number;
  number: number;
  geometry: PageGeometry;
  stories: PlacedStoryInput[];
}

function random(seed: number) {
  let s = (seed * 7919 + 17) % 2147483648;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A page of 3–9 stories; `fill` scales the text to about that share of the page. */
export function sweepPage(seed: number, fill: number): SweepPage {
  const rand = random(seed);
  const geometry = seed % 2 === 0 ? BROADSHEET : TABLOID;
  const number = seed % 3 === 0 ? 1 : 2;
  const n = 3 + (seed % 7);
  const photos = seed % 4 < 2;
  const briefs = n >= 5 ? Math.min(3, Math.floor(rand() * 4)) : 0;
  const commentary = n >= 4 && rand() < 0.5;
  const perLine = geometry === BROADSHEET ? 13 : 11;
  const rows = pageRows(geometry) - (number === 1 ? 12 : 3);
  // Cells of the page for body text, less about five lines of headline per story.
  const budget = (geometry.columns * rows - n * 5 * 3) * perLine * fill;
  const weights = Array.from({ length: n }, (_, i) =>
    i === 0 ? 1.6 + rand() : i >= n - briefs ? 0.12 + 0.1 * rand() : 0.5 + rand(),
  );
  const photoShare = photos ? 0.25 : 0;
  const sum = weights.reduce((a, b) => a + b, 0);
  const stories = weights.map((w, i): PlacedStoryInput => {
    const brief = i >= n - briefs;
    const chars = Math.round((budget * w * (i === 0 ? 1 - photoShare : 1)) / sum);
    const s = story(`稿${i}新闻标题${'城市'.repeat(i % 3)}`, chars, seed * 10 + i);
    if (photos && i === 0)
      s.blocks.unshift({
        kind: 'photo',
        aspectRatio: 1.3 + rand(),
        caption: [{ text: '图为现场' }],
      });
    return {
      id: `稿${i}`,
      story: s,
      priority: i === 0 ? 'lead' : brief ? 'brief' : 'normal',
      ...(commentary && i === 1 ? { kind: 'commentary' as const } : {}),
    };
  });
  return { seed, number, geometry, stories };
}

/** Body grid lines of a page (below its masthead or folio). */
const rowsOf = new Map<string, number>();
function gridRows(p: SweepPage, fonts: FontSet): number {
  const key = `${p.geometry.columns}:${p.number}`;
  let rows = rowsOf.get(key);
  if (rows === undefined) {
    rows = composePage(pageInput(p.number, [], p.geometry), fonts).grid.rows;
    rowsOf.set(key, rows);
  }
  return rows;
}

/**
 * The page of `seed` whose text needs `share` of the page (within half a percent): its
 * stories scaled by bisection on the text's need.
 */
export function fittingPage(seed: number, share: number, fonts: FontSet): SweepPage {
  let lo = 0.5;
  let hi = 1.3;
  let best = sweepPage(seed, 1);
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    const p = sweepPage(seed, mid);
    const need = textNeed(p, fonts);
    const ratio = need.cells / need.capacity;
    best = p;
    if (Math.abs(ratio - share) < 0.005) break;
    if (ratio < share) lo = mid;
    else hi = mid;
  }
  return best;
}

export function composeSweep(p: SweepPage, fonts: FontSet): ComposedPage {
  return composePage(pageInput(p.number, p.stories, p.geometry), fonts);
}

export interface SweepResult {
  p: SweepPage;
  share: number;
  page: ComposedPage;
  quality: PageQuality;
  /** Every story placed and nothing overset, as laid out. */
  fits: boolean;
}

/** The sweep's pages, seed by seed and share by share, composed and judged. */
export function* sweep(seeds: number, shares: number[], fonts: FontSet): Generator<SweepResult> {
  for (let seed = 0; seed < seeds; seed++)
    for (const share of shares) {
      const p = fittingPage(seed, share, fonts);
      const page = composeSweep(p, fonts);
      const briefs = new Set(p.stories.filter((s) => s.priority === 'brief').map((s) => s.id));
      const quality = pageQuality(page, briefs);
      const fits = quality.oversetLines === 0 && page.report.notPlaced.length === 0;
      yield { p, share, page, quality, fits };
    }
}

/** Grid cells the stories need at least (each at its most economical width) and the page's. */
export function textNeed(p: SweepPage, fonts: FontSet) {
  const g = p.geometry;
  const grid = bodyGrid(g, pageRows(g) - gridRows(p, fonts));
  const settings = { ...DEFAULT_SETTINGS, leading: g.leading };
  let cells = 0;
  for (const s of p.stories) {
    const kind = kindOf(s.priority, s.kind);
    const need = estimateNeed(s.story as Story, s.priority, null, undefined, grid, settings, fonts);
    const lo = kind === 'brief' || kind === 'commentary' ? 1 : 2;
    const hi =
      kind === 'brief'
        ? 1
        : kind === 'commentary'
          ? 2
          : s.priority === 'lead'
            ? g.columns
            : Math.max(1, Math.floor(need.bodyRows / MIN_LEG));
    let least = Number.POSITIVE_INFINITY;
    const first = s.priority === 'lead' ? Math.max(Math.ceil(g.columns / 2), g.columns - 3) : lo;
    for (let w = first; w <= Math.max(lo, hi); w++)
      least = Math.min(least, (need.rows(w) - need.shrink(w) + 1) * w);
    cells += least;
  }
  return { cells, capacity: g.columns * grid.rows };
}
