import { z } from 'zod';
import { PageNumber } from './issue';

/**
 * Page sign-off (大样签发, NEWSROOM.md): a page is proofread in three rounds (一校/二校/三校,
 * each after the one before), then approved by the duty chief editor. A change to a story on
 * an approved page withdraws the approval until the chief approves again.
 */
export const PROOF_ROUNDS = [1, 2, 3] as const;
export const ProofRound = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type ProofRound = z.infer<typeof ProofRound>;

export const ProofTick = z.object({ round: ProofRound, by: z.string(), at: z.string() });
export type ProofTick = z.infer<typeof ProofTick>;

/** A story saved on the page since it was approved: the versions to diff, who, when. */
export const PageChange = z.object({
  storyId: z.number().int().positive(),
  headline: z.string(),
  fromVersion: z.number().int().positive(),
  toVersion: z.number().int().positive(),
  by: z.string(),
  at: z.string(),
});
export type PageChange = z.infer<typeof PageChange>;

export const PageSignoff = z.object({
  page: PageNumber,
  proofs: z.array(ProofTick),
  /** The current approval; null when never approved or withdrawn. */
  approved: z.object({ by: z.string(), at: z.string() }).nullable(),
  /** The last withdrawal while not approved again: by whom, when, the chief's note. */
  withdrawn: z.object({ by: z.string(), at: z.string(), note: z.string() }).nullable(),
  /** Story changes since the last approval (what withdrew it, and any after). */
  changes: z.array(PageChange),
});
export type PageSignoff = z.infer<typeof PageSignoff>;

/** The next round to tick, or null when all three are ticked. */
export function nextProofRound(proofs: readonly ProofTick[]): ProofRound | null {
  const done = new Set(proofs.map((p) => p.round));
  return PROOF_ROUNDS.find((r) => !done.has(r)) ?? null;
}

/** 一校 二校 三校: the round's Chinese name (the CLI and logs; the UI words it itself). */
export function roundName(round: ProofRound): string {
  return ['一校', '二校', '三校'][round - 1] as string;
}

/** What the audit log names a page by (the audit view filters on it). */
export function pageTarget(date: string, page: number): string {
  return `page:${date}/${page}`;
}
