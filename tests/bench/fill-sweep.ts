// Fill sweep (issue 12, point 2): generated pages (tests/compose/sweep-pages.ts), each
// scaled so its text needs a given share of the page, composed by auto-layout; prints per
// page the need, the empty share (layout-quality's, the figure preflight warns on), the
// overset and the modules, then pages, worst and median empty share of the pages that fit
// as laid (every story placed, nothing overset) and how many of them are over 3 %.
// Usage: tsx tests/bench/fill-sweep.ts [seeds=40] [shares=0.85,0.9,0.94,0.97]

import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { sweep, textNeed } from '../compose/sweep-pages';

const fonts = loadFontSet();
const seeds = Number(process.argv[2] ?? 40);
const targets = (process.argv[3] ?? '0.85,0.9,0.94,0.97').split(',').map(Number);
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const fit: number[] = [];
let overset = 0;
for (const { p, page, quality: q, fits } of sweep(seeds, targets, fonts)) {
  const need = textNeed(p, fonts);
  if (fits) fit.push(q.emptyShare);
  else overset++;
  const modules = page.modules
    .map((m) => {
      const { col, line, cols, lines } = m.module;
      return `${m.storyId} ${col},${line} ${cols}x${lines} o${m.linesOver} u${m.linesUnder}`;
    })
    .join(' ; ');
  console.log(
    `${p.seed} ${p.geometry.columns}c n${p.stories.length} p${p.number} need ${pct(need.cells / need.capacity)} empty ${pct(q.emptyShare)} over ${q.oversetLines}${fits && q.emptyShare > 0.03 ? ' <<<' : ''} | ${modules}`,
  );
}
fit.sort((a, b) => a - b);
console.log(
  `fitting pages ${fit.length} (overset ${overset}): worst ${pct(fit.at(-1) ?? 0)}, median ${pct(fit[Math.floor(fit.length / 2)] ?? 0)}, over 3 % ${fit.filter((s) => s > 0.03).length}`,
);
