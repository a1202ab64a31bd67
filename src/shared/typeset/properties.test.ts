// Property tests over random mixes of Han, Latin words, numbers with units and punctuation:
// nothing lost or repeated, no line wider than the measure, justified lines fill it,
// 禁则 holds unless a line is flagged, and a frame chain loses or repeats nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowFrame, type Story } from './column-flow';
import type { FontMetrics, FontSet } from './font-metrics';
import { setText } from './set-text';
import { DEFAULT_SETTINGS, type KinsokuLevel, type StoryBlock } from './types';

/** Latin advances that vary by letter, so widths are not all round numbers. */
const uneven: FontMetrics = {
  name: 'Uneven',
  unitsPerEm: 1000,
  ascent: 880,
  descent: -120,
  hasGlyph: () => true,
  advance: (cp) => (cp === 0x20 ? 230 : cp < 0x2000 ? 280 + (cp % 9) * 45 : 1000),
};
const fonts: FontSet = { font: () => uneven };

const piece = fc.oneof(
  fc.constantFrom(...'天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往'),
  fc.constantFrom('news', 'Python', 'a', 'COVID-19', 'iPhone', 'e.g.'),
  fc.constantFrom('14℃', '50名', '2022年', '3.5%', '1000'),
  fc.constantFrom(...'、，；：。！？”’）》」』】“‘（《「『【·／'),
  fc.constantFrom('——', '……', ' '),
);
const text = fc.array(piece, { minLength: 1, maxLength: 80 }).map((a) => a.join(''));
const level = fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict');

const START = new Set([...'、，；：。！？”’）》〉」』】〕·']);
const END = new Set([...'“‘（《〈「『【〔']);
const lastVisible = (t: string) => [...t.trimEnd()].pop() ?? '';

describe('typesetting properties', () => {
  it('keeps every character, fits the measure, fills justified lines, obeys 禁则', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 24 }), level, (input, em, kinsoku) => {
        const measure = em * 9;
        const { lines } = setText(input, fonts, { measure, settings: { kinsoku } });
        expect(lines.map((l) => l.text).join('')).toBe(input);
        lines.forEach((line, i) => {
          const single = line.glyphs.filter((g) => g.text !== ' ').length <= 1;
          if (!(line.forcedBreak && single)) expect(line.width).toBeLessThanOrEqual(measure + 0.01);
          if (line.justified && !line.loose) {
            expect(Math.abs(line.width - measure)).toBeLessThan(0.01);
          }
          const next = lines[i + 1];
          if (!next || line.forcedBreak) return;
          expect(END.has(lastVisible(line.text))).toBe(false);
          expect(START.has([...next.text][0] ?? '')).toBe(false);
          if (kinsoku !== 'basic') expect(lastVisible(line.text)).not.toBe('／');
          if (kinsoku === 'strict') expect(next.text.startsWith('—')).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const a = setText(input, fonts, { measure: 90 });
        const b = setText(input, fonts, { measure: 90 });
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });

  it('a frame chain of any sizes yields the same story text, nothing lost or repeated', () => {
    const story = fc.array(text, { minLength: 1, maxLength: 6 }).map(
      (paras): Story => ({
        blocks: paras.map(
          (t, i): StoryBlock =>
            i % 4 === 3
              ? { kind: 'paragraph', style: 'crosshead', runs: [{ text: t.slice(0, 12) }] }
              : { kind: 'paragraph', style: 'body', runs: [{ text: t, bold: i === 0 }] },
        ),
      }),
    );
    fc.assert(
      fc.property(
        story,
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 5 }),
        (s, heights) => {
          const got = s.blocks.map(() => '');
          let token = null;
          for (let i = 0; i < 200; i++) {
            const h = heights[i % heights.length] ?? 3;
            const frame = {
              columns: 1 + (i % 3),
              columnWidth: 9 * (5 + (h % 4)),
              gutter: 9,
              heightLines: h,
            };
            const r = flowFrame(s, frame, DEFAULT_SETTINGS, fonts, token);
            for (const l of r.lines) got[l.block] += l.line.text;
            token = r.breakToken;
            if (!token) break;
            expect(r.linesOver).toBeGreaterThan(0);
          }
          expect(token).toBeNull();
          const want = s.blocks.map((b) =>
            b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '',
          );
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
