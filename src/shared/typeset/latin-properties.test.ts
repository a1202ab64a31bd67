// Property tests over random English text: nothing lost or repeated, a word never broken
// without a hyphen, no more than two hyphenated lines in a row, word spaces within their
// bounds (and letter-spacing within 3 %) unless the line is flagged loose, and a paragraph
// resumed at any of its line starts sets the same lines as when set whole.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FontMetrics, FontSet } from './font-metrics';
import { paragraphStyle } from './paragraph-style';
import { prepareText, textStyle } from './prepare-text';
import { setParagraph } from './set-paragraph';
import { setText } from './set-text';
import { DEFAULT_SETTINGS, type SetLine } from './types';

/** Latin advances that vary by letter, so widths are not all round numbers. */
const uneven: FontMetrics = {
  name: 'Uneven',
  unitsPerEm: 1000,
  ascent: 880,
  descent: -120,
  hasGlyph: () => true,
  advance: (cp) => (cp === 0x20 ? 250 : cp < 0x2000 ? 280 + (cp % 9) * 45 : 1000),
};
const fonts: FontSet = { font: () => uneven };
const SIZE = 9;

const word = fc.constantFrom(
  'the',
  'a',
  'of',
  'council',
  'voted',
  'on',
  'long-debated',
  'construction',
  'assessment',
  'residents',
  'adjacent',
  'Internationalization',
  'representatives',
  'infrastructure',
  'responsibility',
  '7-2',
  '1,250',
  'https://example.com/a/b',
  'said.',
  '"quoted"',
  '(city)',
  'extraordinarily',
  'notwithstanding',
  'it',
  'was',
  'hall',
);
const text = fc.array(word, { minLength: 1, maxLength: 60 }).map((a) => a.join(' '));
const LETTER = /\p{L}/u;

function checkLines(input: string, lines: SetLine[], measure: number): void {
  expect(lines.map((l) => l.text).join('')).toBe(input);
  let run = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const lastChar = line.text.at(-1) ?? '';
    const inWord = next !== undefined && LETTER.test(lastChar) && LETTER.test(next.text[0] ?? '');
    // A word is never broken without a hyphen.
    expect(line.hyphenated === true).toBe(inWord);
    if (inWord) expect(line.glyphs.at(-1)?.text).toBe('-');
    run = line.hyphenated && !line.forcedBreak ? run + 1 : 0;
    expect(run).toBeLessThanOrEqual(2);
    if (!line.forcedBreak) expect(line.width).toBeLessThanOrEqual(measure + 0.01);
    if (!line.justified || line.loose) return;
    expect(Math.abs(line.width - measure)).toBeLessThan(0.01);
    const g = line.glyphs;
    for (let k = 0; k + 1 < g.length; k++) {
      const a = g[k];
      const b = g[k + 1];
      if (!a || !b) continue;
      const gap = b.x - a.x - a.advance;
      if (a.text === ' ') {
        expect(b.x - a.x).toBeGreaterThanOrEqual(0.8 * a.advance - 1e-6);
        expect(b.x - a.x).toBeLessThanOrEqual(1.4 * a.advance + 1e-6);
      } else if (b.text !== ' ' && k + 1 < g.length) {
        expect(gap).toBeLessThanOrEqual(0.03 * SIZE + 1e-6);
      }
    }
  });
  expect(lines.at(-1)?.hyphenated ?? false).toBe(false);
}

describe('Latin typesetting properties', () => {
  it('keeps every character, hyphenates every broken word, keeps spaces in bounds', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 40 }), (input, em) => {
        const measure = em * SIZE;
        const { lines } = setText(input, fonts, { measure, settings: { indentEm: 0 } });
        checkLines(input, lines, measure);
      }),
      { numRuns: 200 },
    );
  });

  it('resumes at any line start with the same lines as the whole paragraph', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 40 }), (input, em) => {
        const measure = em * SIZE;
        const style = paragraphStyle('body', DEFAULT_SETTINGS);
        const p = prepareText([{ text: input }], textStyle(style, DEFAULT_SETTINGS), fonts);
        const setting = { measure, indent: 18, justify: true, align: 'left' as const };
        const whole = setParagraph(p, setting);
        whole.forEach((line, i) => {
          if (i === 0) return;
          const resumed = setParagraph(p, setting, line.start);
          expect(resumed.map((l) => [l.start, l.end, l.hyphenated])).toEqual(
            whole.slice(i).map((l) => [l.start, l.end, l.hyphenated]),
          );
        });
      }),
      { numRuns: 100 },
    );
  });
});
