import type { Result } from '../../../shared/contract';
import {
  type PageSignoff,
  PROOF_ROUNDS,
  type ProofRound,
  roundName,
} from '../../../shared/model/page-signoff';
import { UsageError } from '../cli-error';
import type { CliContext } from '../context';
import { countWord, dateWord, withIssueHint } from './issue';

/** The sign-off verbs' options (page.ts declares them: --round for proof, --note for withdraw). */
interface Flags {
  round?: string;
  note?: string;
}

export const PROOF = 'page proof DATE PAGE --round 1|2|3';
export const APPROVE = 'page approve DATE PAGE';
export const WITHDRAW = 'page withdraw DATE PAGE [--note TEXT]';

/** `page proof|approve|withdraw DATE PAGE`: 大样签发, one line of the page's state after. */
export async function runSignoff(
  ctx: CliContext,
  verb: 'proof' | 'approve' | 'withdraw',
  dateText: string | undefined,
  pageText: string | undefined,
  flags: Flags,
): Promise<void> {
  const usage = verb === 'proof' ? PROOF : verb === 'approve' ? APPROVE : WITHDRAW;
  if (pageText === undefined) throw new UsageError(`usage: newsdesk ${usage}`);
  const date = dateWord(dateText, usage);
  const page = countWord(pageText, 'PAGE');
  let state: PageSignoff;
  if (verb === 'proof') {
    const round = Number(flags.round);
    if (!PROOF_ROUNDS.includes(round as ProofRound) || !/^[123]$/.test(String(flags.round))) {
      throw new UsageError(`--round must be 1, 2 or 3 (got ${String(flags.round ?? '')})`);
    }
    state = await withIssueHint(
      date,
      ctx.call('page.proof', { date, page, round: round as ProofRound }),
    );
  } else if (verb === 'approve') {
    state = await withIssueHint(date, ctx.call('page.approve', { date, page }));
  } else {
    const note = typeof flags.note === 'string' ? flags.note : undefined;
    state = await withIssueHint(
      date,
      ctx.call('page.withdraw', { date, page, ...(note ? { note } : {}) }),
    );
  }
  ctx.print(state, () => signoffLines(state).map((line) => line.trimStart()));
}

/**
 * `  签发  一校 张三  二校 -  三校 -  未签发`, then one line per story changed since the
 * approval: `  修改  12  第5稿→第6稿  编辑甲  HEADLINE`.
 */
export function signoffLines(state: PageSignoff): string[] {
  const rounds = PROOF_ROUNDS.map((round) => {
    const tick = state.proofs.find((p) => p.round === round);
    return `${roundName(round)} ${tick?.by ?? '-'}`;
  });
  const verdict = state.approved
    ? `已签发 ${state.approved.by}`
    : state.withdrawn
      ? `签发已撤回 ${state.withdrawn.by}${state.withdrawn.note ? `：${state.withdrawn.note}` : ''}`
      : '未签发';
  const changes = state.changes.map(
    (c) =>
      `  ${['修改', c.storyId, `第${c.fromVersion}稿→第${c.toVersion}稿`, c.by, c.headline].join('\t')}`,
  );
  return [`  ${['签发', ...rounds, verdict].join('\t')}`, ...changes];
}

/** The sign-off lines of every page, for `issue show` (keyed by page number). */
export function signoffByPage(signoff: Result<'page.signoff'>): Map<number, string[]> {
  return new Map(signoff.pages.map((p) => [p.page, signoffLines(p)]));
}
