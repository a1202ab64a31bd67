import { UsageError } from '../cli-error';
import type { Command } from '../command';
import { countWord, dateWord, onlyFlags, pageLine, withIssueHint } from './issue';

const USAGE =
  'page set DATE PAGE [--name NAME] [--editor NAME] [--designer NAME] [--proofreader NAME]';
const FIELDS = ['name', 'editor', 'designer', 'proofreader'] as const;

export const pageCommand: Command = {
  usage: 'page set DATE PAGE [--name N] [--editor N] [--designer N] [--proofreader N]',
  summary: 'page furniture: 版名, 责任编辑, 版式, 校对',
  async run(ctx, words, flags) {
    const [verb, dateText, pageText, ...extra] = words;
    if (verb !== 'set' || pageText === undefined || extra.length > 0) {
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    }
    onlyFlags(flags, [...FIELDS], 'page set');
    const date = dateWord(dateText, USAGE);
    const page = countWord(pageText, 'PAGE');
    const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
    for (const key of FIELDS) {
      const value = flags[key];
      if (typeof value === 'string') fields[key] = value;
    }
    const result = await withIssueHint(date, ctx.call('page.set', { date, page, ...fields }));
    ctx.print(result, () => [pageLine(result)]);
  },
};
