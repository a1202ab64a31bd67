// One page of the fill sweep (tests/bench/fill-sweep.ts) looked at closely: each story's
// need per module width (lines, headline rows, photo growth and shrink, lines a tight
// stack gives back), then the modules as set with their overset and empty lines, and the
// page's empty share. Usage: tsx tests/bench/fill-page.ts <seed> <share>

import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { estimateNeed } from '../../src/shared/compose/estimate';
import { bodyGrid, pageRows } from '../../src/shared/compose/geometry';
import { pageQuality } from '../../src/shared/compose/layout-quality';
import { kindOf } from '../../src/shared/compose/types';
import type { Story } from '../../src/shared/typeset';
import { DEFAULT_SETTINGS } from '../../src/shared/typeset';
import { composeSweep, fittingPage } from '../compose/sweep-pages';

const fonts = loadFontSet();
const p = fittingPage(Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 0.9), fonts);
const page = composeSweep(p, fonts);
const g = p.geometry;
const grid = bodyGrid(g, pageRows(g) - page.grid.rows);
const settings = { ...DEFAULT_SETTINGS, leading: g.leading };
console.log(`${g.columns} columns x ${page.grid.rows} lines`);
for (const s of p.stories) {
  const need = estimateNeed(s.story as Story, s.priority, null, undefined, grid, settings, fonts);
  const widths = Array.from({ length: g.columns }, (_, i) => {
    const w = i + 1;
    return `${w}:${need.rows(w)} h${need.headRows(w)} g${need.grow(w)} s${need.shrink(w)} t${need.tighten(w)}`;
  });
  console.log(
    `${s.id} ${kindOf(s.priority, s.kind)} body ${need.bodyRows} | ${widths.join(' | ')}`,
  );
}
for (const m of page.modules) {
  const { col, line, cols, lines } = m.module;
  const heads = m.frame.lines.filter((l) => l.kind === 'headline').length;
  console.log(
    `${m.storyId} at ${col},${line} ${cols}x${lines}: over ${m.linesOver}, empty ${m.linesUnder}, headline lines ${heads}`,
  );
}
const briefs = new Set(p.stories.filter((s) => s.priority === 'brief').map((s) => s.id));
const q = pageQuality(page, briefs);
console.log(`uncovered ${q.uncovered}, empty ${(q.emptyShare * 100).toFixed(2)} %`);
