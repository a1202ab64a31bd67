// Rule 3: column flow on a baseline grid, worked by hand. Frame: 2 columns of 5 em (45 pt)
// at 9 pt on a 13.5 pt grid; body paragraphs indent 2 em, so a paragraph of n Han
// characters sets as 3, 5, 5, ... characters per line.

import { describe, expect, it } from 'vitest';
import { parseBreakToken } from './break-token';
import { flowFrame, type Story } from './column-flow';
import { fonts } from './test-support';
import { DEFAULT_SETTINGS, type FrameSpec, type StoryBlock } from './types';

const TEXT30 = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕';
const body = (text: string): StoryBlock => ({ kind: 'paragraph', style: 'body', runs: [{ text }] });
const frame = (heightLines: number): FrameSpec => ({
  columns: 2,
  columnWidth: 45,
  gutter: 9,
  heightLines,
});
const at = (r: ReturnType<typeof flowFrame>) =>
  r.lines.map((l) => `${l.kind}:${l.column}/${l.row}:${l.line.text}`);

describe('column flow', () => {
  it('fills column after column and reports underset', () => {
    const r = flowFrame({ blocks: [body(TEXT30)] }, frame(4), DEFAULT_SETTINGS, fonts);
    expect(at(r)).toEqual([
      'body:0/0:天地玄',
      'body:0/1:黄宇宙洪荒',
      'body:0/2:日月盈昃辰',
      'body:0/3:宿列张寒来',
      'body:1/0:暑往秋收冬',
      'body:1/1:藏闰余成岁',
      'body:1/2:律吕',
    ]);
    expect(r.lines[4]?.x).toBe(54);
    expect(r.lines[1]?.baseline).toBeCloseTo(13.5 + 2.25 + 7.92, 9);
    expect([r.linesUsed, r.linesCapacity, r.linesUnder, r.linesOver, r.charsOver]).toEqual([
      7, 8, 1, 0, 0,
    ]);
    expect(r.breakToken).toBeNull();
  });

  it('reports overset and continues from the break token in the next frame', () => {
    const story: Story = { blocks: [body(TEXT30)] };
    const first = flowFrame(story, frame(3), DEFAULT_SETTINGS, fonts);
    expect(first.breakToken).toEqual({ block: 0, offset: 28 });
    expect([first.linesUsed, first.linesOver, first.charsOver]).toEqual([6, 1, 2]);
    const token = parseBreakToken(JSON.stringify(first.breakToken));
    const rest = flowFrame(story, frame(3), DEFAULT_SETTINGS, fonts, token);
    expect(at(rest)).toEqual(['body:0/0:律吕']);
    expect(rest.breakToken).toBeNull();
  });

  it('keeps a crosshead with the next paragraph', () => {
    const story: Story = {
      blocks: [
        body('天地玄黄宇宙洪荒日月盈昃'),
        { kind: 'paragraph', style: 'crosshead', runs: [{ text: '小标题' }] },
        body('辰宿列张寒来暑往'),
      ],
    };
    const r = flowFrame(story, frame(4), DEFAULT_SETTINGS, fonts);
    expect(at(r)).toEqual([
      'body:0/0:天地玄',
      'body:0/1:黄宇宙洪荒',
      'body:0/2:日月盈昃',
      'crosshead:1/0:小标题',
      'body:1/1:辰宿列',
      'body:1/2:张寒来暑往',
    ]);
    expect([r.linesUsed, r.linesUnder]).toEqual([7, 1]);
  });

  it('gives a photo and its caption whole grid lines', () => {
    const story: Story = {
      blocks: [
        { kind: 'photo', aspectRatio: 45 / 27, caption: [{ text: '图为现场' }] },
        body('天地玄黄宇宙洪荒'),
      ],
    };
    const r = flowFrame(story, frame(4), DEFAULT_SETTINGS, fonts);
    expect(r.photos).toEqual([
      { block: 0, column: 0, row: 0, rows: 3, x: 0, y: 0, width: 45, height: 27 },
    ]);
    expect(at(r)).toEqual(['caption:0/2:图为现场', 'body:0/3:天地玄', 'body:1/0:黄宇宙洪荒']);
  });

  it('sets the headline stack across the frame in whole grid lines', () => {
    const story: Story = { headline: { headline: '标题' }, blocks: [body(TEXT30)] };
    const r = flowFrame(story, frame(10), DEFAULT_SETTINGS, fonts);
    // 24 pt headline on a 30 pt leading = 3 grid lines, then one empty line.
    expect(at(r).slice(0, 2)).toEqual(['headline:0/0:标题', 'body:0/4:天地玄']);
    expect(r.lines[0]?.line.measure).toBe(99);
    expect(r.lines.find((l) => l.column === 1)?.row).toBe(4);
  });

  it('places a frame-wide photo at the top of the frame across all columns', () => {
    const story: Story = {
      blocks: [{ kind: 'photo', aspectRatio: 99 / 27, caption: [], span: 'frame' }, body(TEXT30)],
    };
    const r = flowFrame(story, frame(4), DEFAULT_SETTINGS, fonts);
    expect(r.photos[0]).toMatchObject({ rows: 2, width: 99 });
    expect(at(r)).toEqual([
      'body:0/2:天地玄',
      'body:0/3:黄宇宙洪荒',
      'body:1/2:日月盈昃辰',
      'body:1/3:宿列张寒来',
    ]);
    expect(r.breakToken).toEqual({ block: 1, offset: 18 });
  });

  it('moves a photo that does not fit below the text to the top of the next column', () => {
    const story: Story = {
      blocks: [body('天地玄'), { kind: 'photo', aspectRatio: 1, caption: [] }, body('黄宇宙')],
    };
    const r = flowFrame(story, frame(4), DEFAULT_SETTINGS, fonts);
    // 45 pt square = 4 grid lines: no room under the first line, whole in column 1.
    expect(r.photos).toEqual([
      { block: 1, column: 1, row: 0, rows: 4, x: 54, y: 0, width: 45, height: 54 },
    ]);
    expect(at(r)).toEqual(['body:0/0:天地玄']);
    expect(r.breakToken).toEqual({ block: 2, offset: 0 });
    expect([r.linesUsed, r.linesOver, r.linesUnder]).toEqual([8, 1, 0]);
  });

  it('sets no line in a column the headline already fills', () => {
    const story: Story = { headline: { headline: '标题' }, blocks: [body(TEXT30)] };
    const r = flowFrame(story, frame(4), DEFAULT_SETTINGS, fonts);
    // 3 grid lines of headline and 1 empty: both columns full before the body starts.
    expect(at(r)).toEqual(['headline:0/0:标题']);
    expect(r.breakToken).toEqual({ block: 0, offset: 0 });
    expect(Object.isFrozen(r.breakToken)).toBe(true);
  });

  it('indents English paragraphs 1 em, none at the start of the story or after a crosshead', () => {
    const en = (text: string, style: 'body' | 'crosshead' = 'body') => ({
      kind: 'paragraph' as const,
      style,
      runs: [{ text }],
    });
    const story: Story = {
      blocks: [en('aa bb cc'), en('dd ee ff'), en('Head', 'crosshead'), en('gg hh ii')],
    };
    const r = flowFrame(
      story,
      { ...frame(10), columns: 1, columnWidth: 90 },
      DEFAULT_SETTINGS,
      fonts,
    );
    const starts = r.lines.filter((l) => l.kind === 'body').map((l) => l.line.glyphs[0]?.x);
    expect(starts).toEqual([0, 9, 0]);
  });
});
