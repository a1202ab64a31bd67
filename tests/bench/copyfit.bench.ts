/**
 * `npx tsx tests/bench/copyfit.bench.ts`: what the story editor's copyfit costs the desk. A
 * four-page issue (buildIssue) whose lead is made 1,000 paragraphs long; story.copyfit over
 * HTTP, as the renderer calls it after a pause in typing, with one paragraph changed each
 * time (blocks interned by content: one paragraph prepared again). The peer is the same call
 * when every paragraph is new to the desk (each call changes them all), what it would cost
 * without the content-keyed cache. Also the request's size and the renderer's JSON.stringify
 * of it. The last line is one JSON object of the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import { buildIssue, paragraphs } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import type { StoryDocument } from '../../src/shared/story/elements';
import { overHttp } from '../contract/transports';
import { round, times } from './timing';

const DATE = '2026-11-28';
const RUNS = 21;
const PARAGRAPHS = 1000;

function longDocument(): StoryDocument {
  const texts = paragraphs(PARAGRAPHS * 160, 3).slice(0, PARAGRAPHS);
  return {
    version: 1,
    body: texts.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
  };
}

/** The document with paragraph `at` ending in `mark` (a key typed there). */
function typed(document: StoryDocument, at: number, mark: string): StoryDocument {
  const body = document.body.slice();
  body[at] = { type: 'paragraph', children: [{ text: `${paragraphText(body[at])}${mark}` }] };
  return { version: 1, body };
}
const paragraphText = (block: StoryDocument['body'][number] | undefined) =>
  block && 'children' in block
    ? (block.children as { text?: string }[]).map((c) => c.text ?? '').join('')
    : '';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-copyfit-bench-'));
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
    const { storyIds } = await buildIssue(chief, DATE);
    await chief('layout.auto', { date: DATE });
    const lead = storyIds[0] as number;
    const story = await chief('story.get', { id: lead });
    const long = longDocument();
    await chief('story.save', { id: lead, fields: story, document: long });
    await chief('layout.compose', { date: DATE });

    const fields = { ...story };
    let text = long;
    const oneParagraph = await times(RUNS, (i) => {
      text = typed(text, 500, i % 2 === 0 ? '新' : '闻');
      return chief('story.copyfit', { id: lead, fields, document: text });
    });
    const everyParagraph = await times(RUNS, (i) => {
      const mark = `${i + 2}`;
      const all: StoryDocument = {
        version: 1,
        body: long.body.map((b) => ({
          type: 'paragraph' as const,
          children: [{ text: `${paragraphText(b)}${mark}` }],
        })),
      };
      return chief('story.copyfit', { id: lead, fields, document: all });
    });
    const args = { id: lead, fields, document: text };
    const stringify = await times(RUNS, () => JSON.stringify(args));
    const kb = round(JSON.stringify(args).length / 1024);
    const last = await chief('story.copyfit', { id: lead, fields, document: text });
    console.log(
      `story.copyfit at ${PARAGRAPHS} paragraphs, one changed: p50 ${oneParagraph.p50} ms, p95 ${oneParagraph.p95} ms`,
    );
    console.log(
      `peer, every paragraph new:            p50 ${everyParagraph.p50} ms, p95 ${everyParagraph.p95} ms`,
    );
    console.log(`request ${kb} KB, JSON.stringify p50 ${stringify.p50} ms`);
    console.log(`figure: ${JSON.stringify(last.placed)}`);
    console.log(JSON.stringify({ oneParagraph, everyParagraph, stringify, requestKb: kb }));
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
