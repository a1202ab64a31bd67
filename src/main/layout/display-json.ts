// A composed page's display list as the board receives it (contract/wire/display.ts):
// built by the same builder the HTML and PDF paint from, at the trim (no bleed, no marks),
// without the lines and photos of stories the actor may not read.

import type { ComposedPage } from '../../shared/compose';
import type {
  DisplayItemWire,
  DisplayPageWire,
  DisplayRunWire,
} from '../../shared/contract/wire/display';
import {
  buildDisplayPage,
  type DisplayItem,
  type GlyphRun,
  type Owner,
} from '../../shared/display';
import type { FontSet } from '../../shared/typeset';

/** Rounded to 1/1000 pt: far below what the eye or a plate can tell, and compact JSON. */
const r3 = (n: number) => Math.round(n * 1000) / 1000;

const rect = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r3(r.x),
  y: r3(r.y),
  width: r3(r.width),
  height: r3(r.height),
});

function runJson(run: GlyphRun): DisplayRunWire {
  return {
    face: run.face,
    size: run.size,
    baseline: r3(run.baseline),
    text: run.glyphs.map((g) => g.text),
    x: run.glyphs.map((g) => r3(g.x)),
    advance: run.glyphs.map((g) => r3(g.advance)),
  };
}

function storyOf(owner: Owner | null): string | undefined {
  return owner?.storyId;
}

function itemJson(item: DisplayItem): DisplayItemWire {
  switch (item.kind) {
    case 'line':
      return { kind: 'line', index: item.index, runs: item.runs.map(runJson) };
    case 'image':
      return {
        kind: 'image',
        asset: item.asset,
        role: item.role,
        clip: rect(item.clip),
        place: rect(item.place),
      };
    case 'rule':
      return {
        kind: 'rule',
        x1: r3(item.x1),
        y1: r3(item.y1),
        x2: r3(item.x2),
        y2: r3(item.y2),
        weight: item.weight,
      };
    case 'box':
      return { kind: 'box', rect: rect(item.rect), grey: item.grey };
  }
}

export function displayJson(
  page: ComposedPage,
  fonts: FontSet,
  visible: (storyId: number) => boolean,
): DisplayPageWire {
  const display = buildDisplayPage(page, { fonts });
  const shown = display.items.filter((item) => {
    if (item.kind !== 'line' && item.kind !== 'image') return true;
    const story = storyOf(item.owner);
    return story === undefined || visible(Number(story));
  });
  const faces: DisplayPageWire['faces'] = {};
  for (const item of shown) {
    if (item.kind !== 'line') continue;
    for (const run of item.runs) {
      faces[run.face] ??= {
        family: fonts.font(run.face).name,
        weight: run.face.endsWith('700') ? 700 : 400,
      };
    }
  }
  return {
    width: r3(display.width),
    height: r3(display.height),
    faces,
    items: shown.map(itemJson),
  };
}
