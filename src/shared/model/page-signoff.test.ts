import { describe, expect, it } from 'vitest';
import { nextProofRound, pageTarget, roundName } from './page-signoff';

describe('page sign-off model', () => {
  const tick = (round: 1 | 2 | 3) => ({ round, by: '编辑甲', at: '2026-12-05T08:00:00.000Z' });

  it('names the next round to read, in order, and none once all three are read', () => {
    expect(nextProofRound([])).toBe(1);
    expect(nextProofRound([tick(1)])).toBe(2);
    expect(nextProofRound([tick(1), tick(2)])).toBe(3);
    expect(nextProofRound([tick(1), tick(2), tick(3)])).toBeNull();
  });

  it('words rounds and audit targets', () => {
    expect([1, 2, 3].map((r) => roundName(r as 1 | 2 | 3))).toEqual(['一校', '二校', '三校']);
    expect(pageTarget('2026-12-05', 2)).toBe('page:2026-12-05/2');
  });
});
