import { can, ROLES, type Role } from './roles';
import type { StoryStatus } from './story';

/**
 * The workflow (NEWSROOM.md, 三审三校) as one pure table: the handlers enforce it and the UI
 * reads it to offer only the moves a profile may make. A move is allowed when the actor's role
 * is listed, or when `author` is set and the actor wrote the story.
 */
export const MOVE_NAMES = [
  'file', // 交稿
  'pull-back', // the reporter takes a filed story back, or the desk returns it (退稿)
  'edit', // 一审
  'return', // undo 一审
  'review', // 二审
  'send-back', // 二审 sends it back to 一审
  'sign-off', // 签发 (三审)
  'withdraw', // sign-off withdrawn
  'spike', // 撤稿
  'restore', // back to the status it had before the spike
] as const;
export type MoveName = (typeof MOVE_NAMES)[number];

export interface Move {
  name: MoveName;
  from: StoryStatus;
  /** 'previous' is resolved from the story's recorded pre-spike status. */
  to: StoryStatus | 'previous';
  roles: readonly Role[];
  /** The story's own author may make this move whatever the role. */
  author?: true;
}

// Derived from the grants in roles.ts so the two never disagree: editor and up, chief and up.
const DESK: readonly Role[] = ROLES.filter((r) => can(r, 'story.edit-any'));
const CHIEFS: readonly Role[] = ROLES.filter((r) => can(r, 'story.sign-off'));
const LIVE: readonly StoryStatus[] = ['draft', 'filed', 'edited', 'reviewed', 'signed-off'];

export const MOVES: readonly Move[] = [
  { name: 'file', from: 'draft', to: 'filed', roles: DESK, author: true },
  // While nobody has started 一审 the reporter may pull a filed story back to draft.
  { name: 'pull-back', from: 'filed', to: 'draft', roles: DESK, author: true },
  { name: 'edit', from: 'filed', to: 'edited', roles: DESK },
  { name: 'return', from: 'edited', to: 'filed', roles: DESK },
  { name: 'review', from: 'edited', to: 'reviewed', roles: CHIEFS },
  { name: 'send-back', from: 'reviewed', to: 'edited', roles: CHIEFS },
  { name: 'sign-off', from: 'reviewed', to: 'signed-off', roles: CHIEFS },
  { name: 'withdraw', from: 'signed-off', to: 'reviewed', roles: CHIEFS },
  // A reporter may spike an own draft; anything filed is the desk's to spike.
  { name: 'spike', from: 'draft', to: 'spiked', roles: DESK, author: true },
  ...LIVE.filter((s) => s !== 'draft').map(
    (from): Move => ({ name: 'spike', from, to: 'spiked', roles: DESK }),
  ),
  { name: 'restore', from: 'spiked', to: 'previous', roles: DESK },
];

/** What the rules need to know about a story. */
export interface WorkflowStory {
  status: StoryStatus;
  /** The status it had when spiked; null unless spiked. */
  spikedFrom: StoryStatus | null;
  authorId: number;
}

export interface WorkflowActor {
  id: number;
  role: Role;
}

export interface ResolvedMove {
  name: MoveName;
  from: StoryStatus;
  to: StoryStatus;
  roles: readonly Role[];
  author: boolean;
}

/** The moves that exist from the story's status, with 'previous' resolved. */
export function movesFrom(story: WorkflowStory): ResolvedMove[] {
  return MOVES.filter((m) => m.from === story.status).map((m) => {
    // With no recorded pre-spike status, draft is the safe place to come back to.
    const to = m.to === 'previous' ? (story.spikedFrom ?? 'draft') : m.to;
    // Restoring a signed-off story re-issues a sign-off: only those who sign off may.
    const roles = m.name === 'restore' && to === 'signed-off' ? CHIEFS : m.roles;
    return { name: m.name, from: m.from, to, roles, author: m.author === true };
  });
}

export function mayMake(actor: WorkflowActor, story: WorkflowStory, move: ResolvedMove): boolean {
  return move.roles.includes(actor.role) || (move.author && story.authorId === actor.id);
}

/** The moves this actor may make now: what the UI offers. */
export function allowedMoves(actor: WorkflowActor, story: WorkflowStory): ResolvedMove[] {
  return movesFrom(story).filter((m) => mayMake(actor, story, m));
}

export type MoveCheck =
  | { ok: true; move: ResolvedMove }
  | { ok: false; reason: 'no-such-move' }
  | { ok: false; reason: 'forbidden'; move: ResolvedMove };

/** Checks a wanted target: a status, or 'restore' for a spiked story's previous status. */
export function checkMove(
  actor: WorkflowActor,
  story: WorkflowStory,
  to: StoryStatus | 'restore',
): MoveCheck {
  const move = movesFrom(story).find((m) =>
    to === 'restore' ? m.name === 'restore' : m.to === to,
  );
  if (!move) return { ok: false, reason: 'no-such-move' };
  return mayMake(actor, story, move)
    ? { ok: true, move }
    : { ok: false, reason: 'forbidden', move };
}

export type TextEditRule = 'yes' | 'trim' | 'spiked' | 'signed-off' | 'not-author' | 'filed';

/**
 * Who may change a story's text in a status: its author while it is a draft; the desk
 * (editor and up) until it is signed off, then only those who sign off; nobody while spiked.
 */
export function textEditRule(
  actor: WorkflowActor,
  story: WorkflowStory,
  /** The story sits on a page: an editor may still trim it after sign-off ('trim'). */
  placed = false,
): TextEditRule {
  if (story.status === 'spiked') return 'spiked';
  if (DESK.includes(actor.role)) {
    if (story.status !== 'signed-off' || CHIEFS.includes(actor.role)) return 'yes';
    return placed ? 'trim' : 'signed-off';
  }
  if (story.authorId !== actor.id) return 'not-author';
  return story.status === 'draft' ? 'yes' : 'filed';
}
