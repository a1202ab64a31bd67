import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from './roles';
import { STORY_STATUSES, type StoryStatus } from './story';
import {
  allowedMoves,
  checkMove,
  MOVES,
  movesFrom,
  textEditRule,
  type WorkflowStory,
} from './workflow';

const AUTHOR = 7;
const story = (status: StoryStatus, spikedFrom: StoryStatus | null = null): WorkflowStory => ({
  status,
  spikedFrom,
  authorId: AUTHOR,
});
const as = (role: Role, id = 99) => ({ id, role });
const moves = (role: Role, s: WorkflowStory, id = 99) =>
  allowedMoves(as(role, id), s).map((m) => m.to);

describe('the workflow table', () => {
  it('has at most one move between two statuses, and none out of spiked but restore', () => {
    const pairs = MOVES.map((m) => `${m.from}>${m.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(MOVES.filter((m) => m.from === 'spiked').map((m) => m.name)).toEqual(['restore']);
  });

  it('gives each role exactly these moves (the story written by someone else)', () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [
        role,
        Object.fromEntries(
          STORY_STATUSES.map((s) => [s, moves(role, story(s, s === 'spiked' ? 'edited' : null))]),
        ),
      ]),
    );
    expect(table.reporter).toEqual({
      draft: [],
      filed: [],
      edited: [],
      reviewed: [],
      'signed-off': [],
      spiked: [],
    });
    expect(table.editor).toEqual({
      draft: ['filed', 'spiked'],
      filed: ['draft', 'edited', 'spiked'],
      edited: ['filed', 'spiked'],
      reviewed: ['spiked'],
      'signed-off': ['spiked'],
      spiked: ['edited'],
    });
    const chiefs = {
      draft: ['filed', 'spiked'],
      filed: ['draft', 'edited', 'spiked'],
      edited: ['filed', 'reviewed', 'spiked'],
      reviewed: ['edited', 'signed-off', 'spiked'],
      'signed-off': ['reviewed', 'spiked'],
      spiked: ['edited'],
    };
    expect(table.chief).toEqual(chiefs);
    expect(table.admin).toEqual(chiefs);
  });

  it('lets a reporter file, pull back and spike own story only while it is the reporter’s', () => {
    expect(moves('reporter', story('draft'), AUTHOR)).toEqual(['filed', 'spiked']);
    expect(moves('reporter', story('filed'), AUTHOR)).toEqual(['draft']);
    expect(moves('reporter', story('edited'), AUTHOR)).toEqual([]);
    expect(moves('reporter', story('spiked', 'draft'), AUTHOR)).toEqual([]);
  });

  it('restores to the status before the spike; a signed-off one by a chief only', () => {
    expect(movesFrom(story('spiked', 'reviewed'))).toMatchObject([
      { name: 'restore', to: 'reviewed' },
    ]);
    expect(checkMove(as('editor'), story('spiked', 'signed-off'), 'restore')).toMatchObject({
      ok: false,
      reason: 'forbidden',
      move: { to: 'signed-off' },
    });
    expect(checkMove(as('chief'), story('spiked', 'signed-off'), 'signed-off')).toMatchObject({
      ok: true,
      move: { name: 'restore' },
    });
    expect(checkMove(as('chief'), story('draft'), 'signed-off')).toEqual({
      ok: false,
      reason: 'no-such-move',
    });
  });

  it('says who may change the text in each status', () => {
    const rule = (role: Role, status: StoryStatus, id = 99) =>
      textEditRule(as(role, id), story(status));
    expect(rule('reporter', 'draft', AUTHOR)).toBe('yes');
    expect(rule('reporter', 'filed', AUTHOR)).toBe('filed');
    expect(rule('reporter', 'draft')).toBe('not-author');
    expect(rule('editor', 'reviewed')).toBe('yes');
    expect(rule('editor', 'signed-off')).toBe('signed-off');
    expect(rule('chief', 'signed-off')).toBe('yes');
    for (const role of ROLES) expect(rule(role, 'spiked', AUTHOR)).toBe('spiked');
  });

  it('lets an editor trim a signed-off story only while it sits on a page', () => {
    const placed = (role: Role, status: StoryStatus, id = 99) =>
      textEditRule(as(role, id), story(status), true);
    expect(placed('editor', 'signed-off')).toBe('trim');
    expect(placed('chief', 'signed-off')).toBe('yes');
    expect(placed('admin', 'signed-off')).toBe('yes');
    expect(placed('editor', 'spiked')).toBe('spiked');
    expect(placed('reporter', 'signed-off', AUTHOR)).toBe('filed');
    expect(placed('editor', 'reviewed')).toBe('yes');
  });
});
