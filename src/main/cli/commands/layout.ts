import { pageNameZh } from '../../../shared/calendar';
import type { Result } from '../../../shared/contract';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { countWord, dateWord, withIssueHint } from './issue';

const USAGE = 'layout DATE [--page N] [--jump] [--jump-to M]';

type Laid = Result<'layout.auto'>;

/** Per page: its empty space, then per module what fits and what is overset. */
export function layoutLines(laid: Laid, headlines: Map<number, string>): string[] {
  const lines: string[] = [];
  for (const page of laid.pages) {
    lines.push(
      `${pageNameZh(page.number)}\t${page.name || '-'}\t${page.modules.length} modules\t` +
        `${page.report.emptyLines} empty lines`,
    );
    for (const m of page.modules) {
      const { col, line, cols, lines: rows } = m.module;
      const fit =
        m.linesOver > 0
          ? `overset +${m.linesOver} lines (${m.charsOver} characters)`
          : m.jumpTo !== null
            ? `fits, continues on ${pageNameZh(m.jumpTo)}`
            : `fits, ${m.linesUnder} lines under`;
      const part = m.part > 1 ? ` (part ${m.part})` : '';
      lines.push(
        `  ${m.storyId}${part}\t${headlines.get(m.storyId) ?? ''}\t` +
          `${cols}×${rows} at column ${col}, line ${line}\t${fit}`,
      );
    }
    for (const n of page.report.notPlaced) {
      lines.push(`  ${n.storyId}\t${headlines.get(n.storyId) ?? ''}\tnot set: ${n.reason}`);
    }
  }
  for (const j of laid.proposedJumps) {
    lines.push(
      `proposed jump\t${j.storyId}\t${headlines.get(j.storyId) ?? ''}\t` +
        `${pageNameZh(j.fromPage)} → ${pageNameZh(j.toPage)}\t${j.lines} lines overset` +
        '\t(--jump makes it)',
    );
  }
  return lines;
}

export const layoutCommand = defineCommand({
  usage: USAGE,
  summary:
    'auto-composes the pages; where a page cannot hold its stories a story marked "may jump" ' +
    'jumps, and the jumps it proposes are listed (--jump makes them, to --jump-to M or the ' +
    'next page with room); prints what fits, what is overset, the empty space',
  options: {
    page: { type: 'string' },
    jump: { type: 'boolean' },
    'jump-to': { type: 'string' },
  },
  async run(ctx, words, flags) {
    const [dateText, ...extra] = words;
    if (dateText === undefined || extra.length > 0)
      throw new UsageError(`usage: newsdesk ${USAGE}`);
    const date = dateWord(dateText, USAGE);
    const page = flags.page === undefined ? undefined : countWord(flags.page, '--page');
    const toPage =
      flags['jump-to'] === undefined ? undefined : countWord(flags['jump-to'], '--jump-to');
    const laid = await withIssueHint(
      date,
      ctx.call('layout.auto', {
        date,
        ...(page === undefined ? {} : { page }),
        ...(flags.jump === true ? { jump: true } : {}),
        ...(toPage === undefined ? {} : { toPage }),
      }),
    );
    const issue = await ctx.call('issue.get', { date });
    const headlines = new Map(issue.placements.map((p) => [p.storyId, p.headline]));
    ctx.print(laid, () => layoutLines(laid, headlines));
  },
});
