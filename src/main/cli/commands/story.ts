import type { Result } from '../../../shared/contract';
import { STORY_STATUSES, StoryStatus } from '../../../shared/model/story';
import { plainBodyFromDocument } from '../../../shared/story/stored-document';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import type { CliContext } from '../context';

/** A status to move to, or `restore` (a spiked story back to its status before the spike). */
const TARGETS = [...STORY_STATUSES, 'restore'] as const;
const USAGE = `story list [--status S] [--json] | story show ID | story status ID ${TARGETS.join('|')}`;

export const storyCommand = defineCommand({
  usage: 'story list [--status S] | story show ID | story status ID STATUS',
  summary: 'the desk: list, show, and move stories through the workflow',
  options: { status: { type: 'string' } },
  verbs: { list: ['status'], show: [], status: [] },
  async run(ctx, words, flags) {
    const [verb, ...rest] = words;
    if (verb === 'list' && rest.length === 0) return list(ctx, flags.status);
    if (verb === 'show' && rest.length === 1) return show(ctx, storyId(rest[0]));
    if (verb === 'status' && rest.length === 2) return move(ctx, storyId(rest[0]), rest[1]);
    throw new UsageError(`usage: newsdesk ${USAGE}`);
  },
});

function storyId(word: string | undefined): number {
  const id = Number(word);
  if (!word || !/^\d+$/.test(word) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`story ID must be a positive number (got ${word ?? 'nothing'})`);
  }
  return id;
}

async function list(ctx: CliContext, status: string | boolean | undefined): Promise<void> {
  let wanted: StoryStatus | undefined;
  if (status !== undefined) {
    const parsed = StoryStatus.safeParse(status);
    if (!parsed.success) {
      throw new UsageError(
        `--status must be one of ${STORY_STATUSES.join(', ')} (got ${String(status)})`,
      );
    }
    wanted = parsed.data;
  }
  const stories = await ctx.call('story.list', wanted ? { status: wanted } : {});
  ctx.print(stories, () =>
    stories.map((s) => [s.id, s.status, s.authorName, `${s.chars}字`, s.headline].join('\t')),
  );
}

async function show(ctx: CliContext, id: number): Promise<void> {
  const story = await ctx.call('story.get', { id });
  ctx.print(story, () => storyLines(story));
}

/** The fields in print order (empty optional ones left out), then the workflow facts, then the body. */
export function storyLines(story: Result<'story.get'>): string[] {
  const fields: [string, string | number][] = [
    ['id', story.id],
    ['kicker', story.kicker],
    ['headline', story.headline],
    ['subhead', story.subhead],
    ['byline', story.byline],
    ['dateline', story.dateline],
    ['section', story.section],
    ['priority', story.priority],
    ['hyphenation', story.hyphenation ?? ''],
    ['status', story.status],
    ['author', story.authorName],
    ['desk date', story.deskDate],
    ['chars', story.chars],
    ['version', story.version],
  ];
  const lines = fields.filter(([, value]) => value !== '').map(([k, v]) => `${k}: ${v}`);
  const body = plainBodyFromDocument(story.document);
  return body ? [...lines, '', body] : lines;
}

async function move(ctx: CliContext, id: number, target: string | undefined): Promise<void> {
  const to = TARGETS.find((t) => t === target);
  if (!to) {
    throw new UsageError(`STATUS must be one of ${TARGETS.join(', ')} (got ${target})`);
  }
  const before = await ctx.call('story.get', { id });
  const story = await ctx.call('story.transition', { id, to });
  ctx.print(story, () => [`${id}\t${before.status} -> ${story.status}\t${story.headline}`]);
}
