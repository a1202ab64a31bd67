import { describe, expect, it } from 'vitest';
import type { TypingStyle } from './smart-quotes';
import { smartenTyped } from './smarten-typed';

const ON: TypingStyle = { smartQuotes: true, dash: 'en' };
const OFF: TypingStyle = { smartQuotes: false, dash: 'en' };

/** Types `keys` one at a time at the end of the field, as a person would. */
function typeAll(keys: string, style: TypingStyle): string {
  let value = '';
  for (const key of keys) value = smartenTyped(value, value + key, value.length + 1, style).value;
  return value;
}

describe('smartenTyped (head fields while typing)', () => {
  it('curls quotes and apostrophes as they are typed', () => {
    expect(typeAll(`Mayor's "plan" wins`, ON)).toBe('Mayor’s “plan” wins');
    expect(typeAll('他说"好"', ON)).toBe('他说“好”');
  });

  it('turns a second hyphen into the paper’s dash, caret after it', () => {
    expect(smartenTyped('7-', '7--', 3, ON)).toEqual({ value: '7–', caret: 2 });
    expect(typeAll('Jobs -- and more', { smartQuotes: true, dash: 'em' })).toBe('Jobs — and more');
    expect(typeAll('改革--开放', ON)).toBe('改革——开放');
  });

  it('keeps a single hyphen (compounds, scores)', () => {
    expect(typeAll('long-debated 7-2', ON)).toBe('long-debated 7-2');
  });

  it('curls a quote typed in the middle, caret unmoved', () => {
    expect(smartenTyped('say hi', 'say "hi', 5, ON)).toEqual({ value: 'say “hi', caret: 5 });
  });

  it('smartens pasted text in the context before it', () => {
    expect(smartenTyped('A ', `A "big" one's`, 13, ON)).toEqual({
      value: 'A “big” one’s',
      caret: 13,
    });
  });

  it('leaves deletions, replacements and the off setting alone', () => {
    expect(smartenTyped('a "b"', 'a "b', 4, ON)).toEqual({ value: 'a "b', caret: 4 });
    expect(smartenTyped('abc', 'a"c', 2, ON)).toEqual({ value: 'a"c', caret: 2 });
    expect(smartenTyped('', '"', 1, OFF)).toEqual({ value: '"', caret: 1 });
  });
});
