// Latin lines are made by constructors (young-objects.ts), Chinese ones as literals: both
// must be the same plain objects, same keys in the same order, for every consumer and for
// anything that serialises them (IPC, JSON).

import { describe, expect, it } from 'vitest';
import { flowFrame } from './column-flow';
import { fonts } from './test-support';
import { DEFAULT_SETTINGS } from './types';

const FRAME = { columns: 1, columnWidth: 90, gutter: 9, heightLines: 10 };

function placed(text: string) {
  const story = {
    blocks: [{ kind: 'paragraph' as const, style: 'body' as const, runs: [{ text }] }],
  };
  return flowFrame(story, FRAME, DEFAULT_SETTINGS, fonts).lines;
}

/** Keys in order, less the optional flags, which come last when set. */
function required(o: object | undefined): string[] {
  const keys = Object.keys(o ?? {});
  const flags = keys.filter((k) => k === 'hyphenated' || k === 'loose');
  expect(keys.slice(keys.length - flags.length)).toEqual(flags);
  return keys.slice(0, keys.length - flags.length);
}

describe('line objects', () => {
  it('are plain objects with the same keys whether Latin or Chinese', () => {
    const latin = placed('The assessment of construction of representatives internationally now');
    const chinese = placed('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十');
    const hyphenated = latin.find((l) => l.line.hyphenated);
    expect(hyphenated?.line.glyphs.at(-1)?.text).toBe('-');
    for (const [a, b] of [
      [latin[0], chinese[0]],
      [latin[0]?.line, chinese[0]?.line],
      [latin[0]?.line.glyphs[0], chinese[0]?.line.glyphs[0]],
      [hyphenated?.line.glyphs.at(-1), chinese[0]?.line.glyphs[0]],
    ]) {
      expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
      expect(required(a)).toEqual(required(b));
    }
    expect(Object.keys(hyphenated?.line ?? {}).slice(-1)).toEqual(['hyphenated']);
  });
});
