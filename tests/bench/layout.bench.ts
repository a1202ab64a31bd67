// Benchmark of page making: auto-layout of a seven-story broadsheet page (a lead with a
// photo, a commentary, two news stories, three briefs), against its peer, the same page
// composed with the modules given (so the ratio is what the search costs); then each board
// action as a full round trip through the HTTP transport (fetch -> host -> desk.call ->
// SQLite -> compose -> JSON) on a four-page issue, next to layout.compose (the board's
// read) as the peer. Medians / p95 over several runs; last line: one JSON object.
// Actions: assign, move, resize, pin, auto-layout, apply a template (版式模板).
// Goals: auto-layout <= 100 ms; every action's p95 <= 150 ms.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { buildIssue, type FixtureStory } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import type { LayoutPage, ModuleSpec } from '../../src/shared/contract/wire/layout-page';
import { overHttp } from '../contract/transports';
import { sevenStoryPage } from './layout-page';
import { round, times } from './timing';

const RUNS = 21;
const DATE = '2026-11-28';

/** Four pages, three to four stories each (a lead with a photo on every page). */
function stories(): FixtureStory[] {
  const out: FixtureStory[] = [];
  for (let page = 1; page <= 4; page++) {
    out.push({
      headline: `第${page}版头条：老旧小区改造全面启动`,
      byline: '记者 张三',
      priority: 'lead',
      page,
      chars: 1400,
      photo: { width: 1600, height: 1000, caption: '图为改造后的小区。', credit: '记者 李四 摄' },
    });
    out.push({ headline: '工业增加值稳步增长', priority: 'normal', page, chars: 900 });
    out.push({ headline: '城市书房开到家门口', priority: 'normal', page, chars: 700 });
    out.push({ headline: '冬日里的城市公园', priority: 'brief', page, chars: 240 });
  }
  return out;
}

async function main() {
  const fonts = loadFontSet();
  const page = sevenStoryPage(fonts);
  const auto = await times(RUNS, () => page.auto());
  const fixed = await times(RUNS, () => page.fixed());
  console.log(`auto-layout, seven stories: p50 ${auto.p50} ms, p95 ${auto.p95} ms`);
  console.log(
    `peer (modules given):       p50 ${fixed.p50} ms (ratio ${round(auto.p50 / fixed.p50)})`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-layout-bench-'));
  const desk = openDesk({ dbPath: join(dir, 'desk.sqlite') });
  const http = await overHttp(desk, dir);
  try {
    const as =
      (actor: number) =>
      async <K extends HandlerName>(name: K, args: unknown): Promise<Result<K>> => {
        const reply = await http.call(name, args, actor);
        if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
        return reply.result as Result<K>;
      };
    const admin = as(1);
    const chief = as((await admin('profile.create', { name: '刘主编', role: 'chief' })).id);
    const { storyIds } = await buildIssue(chief, DATE, stories());
    await chief('layout.auto', { date: DATE });
    const [lead, second] = storyIds as [number, number];
    const moduleOf = async (id: number): Promise<ModuleSpec> => {
      const laid = await chief('layout.compose', { date: DATE, page: 1 });
      const m = laid.pages[0]?.modules.find((x) => x.storyId === id);
      if (!m) throw new Error(`story ${id} is not on page 1`);
      return m.module;
    };
    const first = await moduleOf(second);
    // Leave a grid line free below it, so it can move down and back when it is at the top.
    const start = { ...first, lines: first.lines - 1 };
    const spare = storyIds[storyIds.length - 1] as number;
    const figures: Record<string, { p50: number; p95: number }> = {};
    figures.compose = await times(RUNS, () => chief('layout.compose', { date: DATE, page: 1 }));
    figures.assign = await times(RUNS, (i) =>
      chief('placement.assign', { storyId: spare, date: DATE, page: i % 2 === 0 ? 3 : 4 }),
    );
    figures.move = await times(RUNS, (i) =>
      chief('layout.setModule', {
        date: DATE,
        storyId: second,
        // One grid line up and back (down and back at the top), within the body.
        module: { ...start, line: start.line + (i % 2) * (start.line > 0 ? -1 : 1) },
      }),
    );
    figures.resize = await times(RUNS, (i) =>
      chief('layout.setModule', {
        date: DATE,
        storyId: second,
        module: { ...start, lines: Math.max(12, start.lines - 1 - (i % 2)) },
      }),
    );
    figures.pin = await times(RUNS, (i) =>
      chief('layout.pin', { date: DATE, storyId: lead, pinned: i % 2 === 0 }),
    );
    // A module control by hand (issue 12.6): the lead's headline size set and taken back.
    figures.controls = await times(RUNS, (i) =>
      chief('layout.setControls', {
        date: DATE,
        storyId: lead,
        controls: i % 2 === 0 ? { headlineSize: 36, frame: 'box' } : {},
      }),
    );
    // Each run lays out page 1 just changed (the spare story placed there, then on page 3
    // again): the desk keeps each page's last composition, and a repeat would be a lookup.
    figures.auto = await times(
      RUNS,
      () => chief('layout.auto', { date: DATE, page: 1 }),
      (i) => chief('placement.assign', { storyId: spare, date: DATE, page: i % 2 === 0 ? 1 : 3 }),
    );
    // Two built-in front pages in turn, so each apply lays the page out anew.
    figures.template = await times(RUNS, (i) =>
      chief('template.apply', {
        date: DATE,
        page: 2,
        name: i % 2 === 0 ? '对开·头条通栏' : '对开·头条加评论',
      }),
    );
    const last: LayoutPage | undefined = (await chief('layout.compose', { date: DATE })).pages[0];
    for (const [name, f] of Object.entries(figures))
      console.log(`${name.padEnd(8)} p50 ${f.p50} ms, p95 ${f.p95} ms`);
    console.log(`page 1 after the runs: ${last?.modules.length ?? 0} modules`);
    console.log(
      JSON.stringify({
        autoLayout: auto,
        autoLayoutPeer: fixed,
        ratio: round(auto.p50 / fixed.p50),
        actions: figures,
      }),
    );
  } finally {
    await http.close();
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
