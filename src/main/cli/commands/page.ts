import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { countWord, dateWord, pageLine, withIssueHint } from './issue';
import { APPROVE, PROOF, runSignoff, WITHDRAW } from './page-signoff';

const USAGE =
  'page set DATE PAGE [--name NAME] [--editor NAME] [--designer NAME] [--proofreader NAME]';
const FIELDS = ['name', 'editor', 'designer', 'proofreader'] as const;

export const pageCommand = defineCommand({
  usage: `page set DATE PAGE [--name N] [--editor N] [--designer N] [--proofreader N] | ${PROOF} | ${APPROVE} | ${WITHDRAW}`,
  summary: 'page furniture (版名, 责任编辑, 版式, 校对) and sign-off (一校/二校/三校, 签发)',
  options: {
    name: { type: 'string' },
    editor: { type: 'string' },
    designer: { type: 'string' },
    proofreader: { type: 'string' },
    round: { type: 'string' },
    note: { type: 'string' },
  },
  verbs: { set: [...FIELDS], proof: ['round'], approve: [], withdraw: ['note'] },
  async run(ctx, words, flags) {
    const [verb, dateText, pageText, ...extra] = words;
    if ((verb === 'proof' || verb === 'approve' || verb === 'withdraw') && extra.length === 0) {
      return runSignoff(ctx, verb, dateText, pageText, flags);
    }
    if (verb !== 'set' || pageText === undefined || extra.length > 0) {
      throw new UsageError(`usage: newsdesk ${USAGE} | ${PROOF} | ${APPROVE} | ${WITHDRAW}`);
    }
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
});
