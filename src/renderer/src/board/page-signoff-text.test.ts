import { describe, expect, it } from 'vitest';
import { changesByStory, pageParams, shortState } from './page-signoff-text';

const change = (storyId: number, from: number, to: number, by: string) => ({
  storyId,
  headline: `稿件${storyId}`,
  fromVersion: from,
  toVersion: to,
  by,
  at: '2026-12-05T08:00:00.000Z',
});

describe('page sign-off wording helpers', () => {
  it('tells one line per story: first version approved to the last, everyone who changed it', () => {
    expect(
      changesByStory([
        change(3, 5, 6, '编辑甲'),
        change(4, 2, 3, '编辑丙'),
        change(3, 6, 7, '编辑乙'),
        change(3, 7, 8, '编辑甲'),
      ]),
    ).toEqual([
      { storyId: 3, headline: '稿件3', from: 5, to: 8, by: '编辑甲、编辑乙' },
      { storyId: 4, headline: '稿件4', from: 2, to: 3, by: '编辑丙' },
    ]);
  });

  it('names a page for both languages and sums up its state', () => {
    expect(pageParams(12)).toEqual({ page: 12, pageZh: '第十二版' });
    const base = { page: 1, proofs: [], approved: null, withdrawn: null, changes: [] };
    expect(shortState(base)).toBe('none');
    expect(shortState({ ...base, proofs: [{ round: 1, by: 'a', at: '' }] })).toBe('proofed');
    expect(shortState({ ...base, approved: { by: 'a', at: '' } })).toBe('approved');
    expect(shortState({ ...base, withdrawn: { by: 'a', at: '', note: '' } })).toBe('withdrawn');
  });
});
