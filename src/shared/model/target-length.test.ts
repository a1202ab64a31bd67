import { describe, expect, it } from 'vitest';
import { countChars } from './char-count';
import { fitToTarget, TargetChars } from './target-length';

describe('fitToTarget', () => {
  it('words a story against 本稿需 600 字 by the one 字数', () => {
    // 3 Han + "iPhone" + "15" + ， = 6 字 a repeat; 100 repeats = 600.
    const unit = '新手机iPhone 15，';
    expect(countChars(unit)).toBe(6);
    expect(fitToTarget(countChars(unit.repeat(100)), 600)).toEqual({ kind: 'exact' });
    expect(fitToTarget(countChars(unit.repeat(97)), 600)).toEqual({ kind: 'short', chars: 18 });
    expect(fitToTarget(countChars(`${unit.repeat(100)}ＡＢＣ公司`), 600)).toEqual({
      kind: 'over',
      chars: 3,
    });
  });

  it('takes whole positive lengths only', () => {
    expect(TargetChars.safeParse(600).success).toBe(true);
    expect(TargetChars.safeParse(0).success).toBe(false);
    expect(TargetChars.safeParse(12.5).success).toBe(false);
  });
});
