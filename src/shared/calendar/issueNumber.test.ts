import { describe, expect, it } from 'vitest';
import { formatIssueNumberEn, formatIssueNumberZh, nextIssueNumber } from './issueNumber';

describe('issue numbers', () => {
  it('counts on from the previous issue, starting at 1', () => {
    expect(nextIssueNumber()).toBe(1);
    expect(nextIssueNumber(undefined)).toBe(1);
    expect(nextIssueNumber(8606)).toBe(8607);
  });

  it('prints Arabic digits in both languages', () => {
    expect(formatIssueNumberZh(8607)).toBe('第8607期');
    expect(formatIssueNumberEn(8607)).toBe('No. 8607');
  });

  it('refuses non-positive or fractional numbers', () => {
    expect(() => nextIssueNumber(0)).toThrow(RangeError);
    expect(() => nextIssueNumber(1.5)).toThrow(RangeError);
    expect(() => formatIssueNumberZh(-1)).toThrow(RangeError);
  });
});
