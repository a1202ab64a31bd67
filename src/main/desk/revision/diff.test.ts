import { describe, expect, it } from 'vitest';
import { diffText } from './diff';

describe('diffText', () => {
  it('marks one changed character between equal head and tail', () => {
    expect(diffText('市民广场今日开放', '市民广场明日开放')).toEqual([
      { kind: 'same', text: '市民广场' },
      { kind: 'removed', text: '今' },
      { kind: 'added', text: '明' },
      { kind: 'same', text: '日开放' },
    ]);
  });

  it('diffs only the changed stretch of a two-million-character text', () => {
    const long = '广场'.repeat(1_000_000);
    const edited = `${long.slice(0, 1_000_000)}新${long.slice(1_000_000)}`;
    expect(diffText(long, edited)).toEqual([
      { kind: 'same', text: long.slice(0, 1_000_000) },
      { kind: 'added', text: '新' },
      { kind: 'same', text: long.slice(1_000_000) },
    ]);
  });

  it('never splits a character outside the basic plane', () => {
    // 𠀀 and 𠀁 share their first UTF-16 unit.
    expect(diffText('甲𠀀乙', '甲𠀁乙')).toEqual([
      { kind: 'same', text: '甲' },
      { kind: 'removed', text: '𠀀' },
      { kind: 'added', text: '𠀁' },
      { kind: 'same', text: '乙' },
    ]);
  });

  it('shows a whole replacement when nothing is shared', () => {
    expect(diffText('', '新')).toEqual([{ kind: 'added', text: '新' }]);
    expect(diffText('旧', '')).toEqual([{ kind: 'removed', text: '旧' }]);
  });
});
