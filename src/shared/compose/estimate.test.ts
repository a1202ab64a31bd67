// One column flow: auto-layout's estimate is the engine's column flow in its measure-only
// mode. Properties over random stories (Han, Latin and punctuation, English paragraphs,
// quotes, crossheads, photos with captions, headline stacks), frames (1–8 columns, any
// height) and settings (body size, leading, 禁则 level, crosshead and caption sizes):
// the measure gives the setting flow's figures, from the start or from a break token; the
// overset it reports is the rest set again from the token; the estimate's fit of a module
// is the figures of the part composed in it. Synthetic font (Han 1 em, Latin ½ em).
// FC_RUNS=5000 FC_SEED=n search longer, or replay a seed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BreakToken,
  DEFAULT_SETTINGS,
  type FrameMeasure,
  type FrameSpec,
  flowFrame,
  type HeadlineStack,
  type KinsokuLevel,
  measureFrame,
  restOfStory,
  type Story,
  type StoryBlock,
  TypesetSession,
  type TypesetSettings,
} from '../typeset';
import { rowsFor } from '../typeset/baseline-grid';
import { syntheticFontSet } from '../typeset/synthetic-font';
import { estimateNeed } from './estimate';
import { flowPart } from './flow-part';
import type { BodyGrid } from './geometry';
import { leadPhotoAcross } from './resolve-story';
import type { Priority } from './types';

const fonts = syntheticFontSet();

const han = fc.constantFrom(...'天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏');
const piece = fc.oneof(
  { weight: 6, arbitrary: han },
  { weight: 1, arbitrary: fc.constantFrom('news', 'Python', 'COVID-19', 'iPhone', 'e.g.') },
  { weight: 1, arbitrary: fc.constantFrom('14℃', '50名', '2022年', '3.5%', '1000') },
  { weight: 2, arbitrary: fc.constantFrom(...'、，；：。！？”’）》」“‘（《「·／') },
  { weight: 1, arbitrary: fc.constantFrom('——', '……', ' ') },
);
const chinese = (max: number) =>
  fc.array(piece, { minLength: 1, maxLength: max }).map((a) => a.join(''));
const english = fc
  .array(
    fc.constantFrom(
      'the',
      'council',
      'approved',
      'a',
      'budget',
      'of',
      'extraordinary',
      'infrastructure',
      'for',
      'schools,',
      'yesterday',
      'and',
      'said',
      'reporters.',
    ),
    { minLength: 3, maxLength: 50 },
  )
  .map((a) => a.join(' '));

const paragraph = fc
  .tuple(
    fc.constantFrom('body', 'body', 'body', 'quote') as fc.Arbitrary<'body' | 'quote'>,
    fc.oneof({ weight: 4, arbitrary: chinese(160) }, { weight: 1, arbitrary: english }),
  )
  .map(([style, text]): StoryBlock => ({ kind: 'paragraph', style, runs: [{ text }] }));
const crosshead = chinese(14).map(
  (text): StoryBlock => ({ kind: 'paragraph', style: 'crosshead', runs: [{ text }] }),
);
const photo = fc
  .record({
    aspect: fc.integer({ min: 40, max: 300 }),
    caption: fc.option(chinese(40), { nil: undefined }),
    span: fc.constantFrom(undefined, 'frame' as const),
    columns: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    end: fc.boolean(),
  })
  .map(
    (p): StoryBlock => ({
      kind: 'photo',
      aspectRatio: p.aspect / 100,
      caption: p.caption ? [{ text: p.caption }] : [],
      ...(p.span ? { span: p.span } : {}),
      ...(p.columns !== undefined ? { columns: p.columns } : {}),
      ...(p.end ? { side: 'end' as const } : {}),
    }),
  );
const headline: fc.Arbitrary<HeadlineStack> = fc.record(
  {
    kicker: chinese(16),
    headline: chinese(30),
    subhead: chinese(24),
    byline: fc.constantFrom('记者 张三', '本报记者 李四 王五'),
  },
  { requiredKeys: ['headline'] },
);
const story: fc.Arbitrary<Story> = fc
  .record({
    blocks: fc.array(
      fc.oneof(
        { weight: 6, arbitrary: paragraph },
        { weight: 1, arbitrary: crosshead },
        { weight: 2, arbitrary: photo },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    headline: fc.option(headline, { nil: undefined }),
  })
  .map((s) => (s.headline ? s : { blocks: s.blocks }));

const settings: fc.Arbitrary<TypesetSettings> = fc
  .record({
    bodySize: fc.constantFrom(8, 9, 10.5),
    gap: fc.constantFrom(3, 4.5, 6),
    kinsoku: fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict'),
    crosshead: fc.constantFrom(0, 2, 8),
    captionSize: fc.constantFrom(7, 8, 9),
    indentEm: fc.constantFrom(0, 2),
    headlineGapLines: fc.integer({ min: 0, max: 2 }),
  })
  .map((s) => ({
    ...DEFAULT_SETTINGS,
    bodySize: s.bodySize,
    leading: s.bodySize + s.gap,
    kinsoku: s.kinsoku,
    crossheadSize: s.bodySize + s.crosshead,
    captionSize: s.captionSize,
    indentEm: s.indentEm,
    headlineGapLines: s.headlineGapLines,
  }));

/** Grid lines, mostly few: frames that fill, so that break tokens fall everywhere. */
const lines = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
  );

const frame = (minWidth: number): fc.Arbitrary<FrameSpec> =>
  fc.record({
    columns: fc.integer({ min: 1, max: 8 }),
    columnWidth: fc.integer({ min: minWidth, max: 160 }),
    gutter: fc.integer({ min: 0, max: 15 }),
    heightLines: lines(60),
  });

const FIGURES = [
  'linesUsed',
  'linesCapacity',
  'linesOver',
  'linesUnder',
  'charsOver',
  'breakToken',
  'columnsUsed',
  'lastColumnLines',
] as const;
const figures = (r: FrameMeasure) => Object.fromEntries(FIGURES.map((k) => [k, r[k]]));

describe('one column flow: the measure is the flow', () => {
  it('gives the setting flow’s figures, from the start or from a break token', () => {
    fc.assert(
      fc.property(story, settings, frame(30), fc.option(frame(30)), (s, set, f, before) => {
        const session = new TypesetSession(fonts);
        // Resume where an earlier frame (of another shape) stopped, when it did.
        const token: BreakToken | null = before
          ? flowFrame(s, before, set, fonts, null, { session }).breakToken
          : null;
        const placed = flowFrame(s, f, set, fonts, token, { session });
        const measured = measureFrame(s, f, set, fonts, token, {
          session: new TypesetSession(fonts),
        });
        expect(figures(measured)).toEqual(figures(placed));

        // The overset is the rest set again from the token (greedy breaks repeat).
        if (placed.breakToken) {
          const rest = restOfStory(s, f.columnWidth, set, fonts, placed.breakToken);
          expect([placed.linesOver, placed.charsOver]).toEqual([rest.rows, rest.chars]);
        } else {
          expect([placed.linesOver, placed.charsOver]).toEqual([0, 0]);
        }
        // Text lines sit inside the frame, in the columns the figures report; nothing
        // overlaps; a photo overflows the frame only from the top of its column.
        expect(placed.linesUnder).toBeGreaterThanOrEqual(0);
        const taken = new Map<string, string>();
        const take = (col: number, from: number, rows: number, what: string) => {
          for (let row = from; row < from + rows; row++) {
            const key = `${col}/${row}`;
            const there = taken.get(key);
            if (there) expect(`${what} over ${there}`).toBe(`${what} alone at ${key}`);
            taken.set(key, what);
          }
        };
        for (const l of placed.lines) {
          if (l.kind !== 'body' && l.kind !== 'crosshead') continue;
          const rpl = rowsFor(l.line.size, set.leading);
          expect(l.row + rpl).toBeLessThanOrEqual(f.heightLines);
          expect(l.column).toBeLessThan(placed.columnsUsed);
          take(l.column, l.row, rpl, `line ${l.block}:${l.line.start}`);
        }
        for (const p of placed.photos) {
          const across = Math.round((p.width + f.gutter) / (f.columnWidth + f.gutter));
          for (let col = p.column; col < p.column + across; col++) {
            take(col, p.row, p.rows, `photo ${p.block}`);
            if (p.row + p.rows <= f.heightLines) continue;
            const above = placed.lines.some(
              (l) => l.block >= 0 && l.kind !== 'caption' && l.column === col && l.row < p.row,
            );
            expect(above ? `photo ${p.block} overflows below text` : 'ok').toBe('ok');
          }
        }
        // Immutable values: a caller cannot move the token another frame resumes from.
        expect(Object.isFrozen(placed)).toBe(true);
        expect(Object.isFrozen(placed.lines)).toBe(true);
        expect(Object.isFrozen(measured)).toBe(true);
        if (placed.breakToken) {
          expect(Object.isFrozen(placed.breakToken)).toBe(true);
          expect(() => {
            (placed.breakToken as { offset: number }).offset = 0;
          }).toThrow(TypeError);
        }
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 300),
        seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined,
      },
    );
  });

  it('estimates each module as the part composed in it: first parts and continuations', () => {
    const priority = fc.constantFrom<Priority>('lead', 'normal', 'brief');
    fc.assert(
      fc.property(
        story,
        priority,
        settings,
        // Real columns are ~100 pt wide: (上接第一版) takes the one line the estimate gives it.
        fc.record({
          columnWidth: fc.integer({ min: 80, max: 160 }),
          gutter: fc.integer({ min: 0, max: 15 }),
        }),
        fc.integer({ min: 1, max: 8 }),
        lines(80),
        fc.option(
          fc.record({
            cols: fc.integer({ min: 1, max: 8 }),
            lines: lines(40),
            size: fc.option(fc.integer({ min: 14, max: 40 }), { nil: undefined }),
          }),
        ),
        (s, prio, set, g, cols, lines, jump) => {
          const grid: BodyGrid = {
            left: 0,
            top: 0,
            columns: 8,
            rows: 200,
            ...g,
            leading: set.leading,
          };
          const session = new TypesetSession(fonts);
          const part = (module: { cols: number; lines: number }, token: BreakToken | null) =>
            flowPart(
              {
                id: 's',
                story: token ? s : leadPhotoAcross(s, prio === 'lead' ? module.cols : 1),
                priority: prio,
                module: { col: 0, line: 0, ...module },
                ...(token
                  ? { continuation: { token, fromPage: 1, part: 2, headlineSize: jump?.size } }
                  : {}),
              },
              { grid, settings: set, fonts, language: 'zh', session, footRows: 0 },
            ).module;
          const token = jump ? part(jump, null).breakToken : null;
          const need = estimateNeed(s, prio, token, jump?.size, grid, set, fonts, session);
          const m = part({ cols, lines }, token);
          const fit = need.fitIn(cols, lines);
          expect([fit.over, fit.under]).toEqual([m.linesOver, m.linesUnder]);
          // The whole part, and the fewest lines that hold it.
          const whole = restOfStory(s, grid.columnWidth, set, fonts, token).rows;
          expect(need.bodyRows).toBe(whole);
          const least = need.rows(cols);
          if (need.fitIn(cols, least).over === 0) {
            expect(part({ cols, lines: least }, token).linesOver).toBe(0);
          }
        },
      ),
      {
        numRuns: Number(process.env.FC_RUNS ?? 200),
        seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined,
      },
    );
  });
});
