import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { dateWord, withIssueHint } from './issue';

const USAGE = 'preflight DATE';

export const preflightCommand = defineCommand({
  usage: USAGE,
  summary: 'checks the issue before export; exit 1 on any error',
  options: {},
  async run(ctx, words) {
    const [dateText, ...extra] = words;
    if (dateText === undefined || extra.length > 0)
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    const date = dateWord(dateText, USAGE);
    const found = await withIssueHint(date, ctx.call('preflight.run', { date }));
    ctx.print(found, () =>
      found.map((f) =>
        [
          f.severity.toUpperCase(),
          `page ${f.page ?? '-'}`,
          `story ${f.storyId ?? '-'}`,
          f.message,
        ].join('\t'),
      ),
    );
    const errors = found.filter((f) => f.severity === 'error').length;
    if (errors > 0) {
      const warnings = found.filter((f) => f.severity === 'warning').length;
      throw new Refusal(`preflight ${date}: ${errors} errors, ${warnings} warnings`);
    }
  },
});
