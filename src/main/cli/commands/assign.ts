import { pageNameZh } from '../../../shared/calendar';
import { PRIORITIES, Priority } from '../../../shared/model/story';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { countWord, dateWord, withIssueHint } from './issue';

const USAGE = 'assign ID DATE --page N [--priority lead|normal|brief] [--jump-to M] [--may-jump]';

export const assignCommand = defineCommand({
  usage: 'assign ID DATE --page N [--priority P] [--jump-to M] [--may-jump]',
  summary: 'puts a story on a page of an issue (again: moves it)',
  options: {
    page: { type: 'string' },
    priority: { type: 'string' },
    'jump-to': { type: 'string' },
    'may-jump': { type: 'boolean' },
  },
  async run(ctx, words, flags) {
    const [idText, dateText, ...extra] = words;
    if (dateText === undefined || extra.length > 0 || flags.page === undefined) {
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    }
    const storyId = countWord(idText, 'story ID');
    const date = dateWord(dateText, USAGE);
    const page = countWord(flags.page, '--page');
    const args: {
      storyId: number;
      date: string;
      page: number;
      priority?: Priority;
      jumpTo?: number;
      mayJump?: boolean;
    } = { storyId, date, page };
    if (flags.priority !== undefined) {
      const parsed = Priority.safeParse(flags.priority);
      if (!parsed.success) {
        throw new UsageError(
          `--priority must be one of ${PRIORITIES.join(', ')} (got ${String(flags.priority)})`,
        );
      }
      args.priority = parsed.data;
    }
    if (flags['jump-to'] !== undefined) args.jumpTo = countWord(flags['jump-to'], '--jump-to');
    // Marked: it jumps (to --jump-to M, else the next page with room) only if it must.
    if (flags['may-jump'] === true) args.mayJump = true;
    const placed = await withIssueHint(date, ctx.call('placement.assign', args));
    ctx.print(placed, () => {
      const parts = [String(storyId), `${date} ${pageNameZh(placed.page)}`, placed.priority];
      parts.push(placed.headline);
      if (placed.jumpTo !== null) parts.push(`下转${pageNameZh(placed.jumpTo)}`);
      if (args.mayJump) parts.push('可转版');
      if (placed.movedFrom !== null) parts.push(`moved from ${pageNameZh(placed.movedFrom)}`);
      return [parts.join('\t')];
    });
  },
});
