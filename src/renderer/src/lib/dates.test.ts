import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';

describe('formatDay', () => {
  it('writes the day in the UI language, not the browser locale', () => {
    expect(formatDay('2026-12-04', 'zh-CN')).toBe('2026年12月4日周五');
    expect(formatDay('2026-12-04', 'en')).toBe('Fri, 4 Dec 2026');
  });
  it('leaves a malformed day as given', () => {
    expect(formatDay('', 'zh-CN')).toBe('');
  });
});
