// Copyfit worked by hand with the synthetic font (Han 1 em): a column sets 10 characters a
// line, a paragraph's first line 6, so a paragraph of 36 Han characters is 6 + 10 + 10 + 10,
// four lines. The frame is the module's 20 rows less one (19); the headline sits in row 0,
// the body starts in row 3, or row 6 where the story leaves room (the fill gives the headline
// more lines, then vertical adjustment).

import { describe, expect, it } from 'vitest';
import { countChars } from '../model/char-count';
import type { Story } from '../typeset';
import { syntheticFontSet } from '../typeset/synthetic-font';
import { DEFAULT_SETTINGS } from '../typeset/types';
import { composePage } from './compose-page';
import { type CopyfitInput, copyfitPlaced } from './copyfit';
import type { PageGeometry } from './index';
import { PAPER, pageInfo } from './test-support';

const fonts = syntheticFontSet();
/** Four columns of 10 em (90 pt) at 9 pt, 9 pt gutters, a 13.5 pt grid. */
const GEOMETRY: PageGeometry = {
  trimWidth: 459,
  trimHeight: 700,
  margins: { top: 36, right: 36, bottom: 36, left: 36 },
  columns: 4,
  gutter: 9,
  leading: 13.5,
};
const HAN = '城市日报记者今天从市住建局获悉全市老旧小区改造工程全面启动预计年内完成首批';
const PARAGRAPH = HAN.slice(0, 36);

function story(paragraphs: number): Story {
  return {
    headline: { headline: '新闻' },
    blocks: Array.from({ length: paragraphs }, () => ({
      kind: 'paragraph' as const,
      style: 'body' as const,
      runs: [{ text: PARAGRAPH }],
    })),
  };
}

function input(paragraphs: number, lines: number): CopyfitInput {
  return {
    geometry: GEOMETRY,
    paper: PAPER,
    settings: DEFAULT_SETTINGS,
    page: pageInfo(2),
    story: {
      id: 'S',
      story: story(paragraphs),
      priority: 'normal',
      module: { col: 0, line: 0, cols: 1, lines },
    },
  };
}

/** The first body row of an n-paragraph story in a 20-line module, and the first paragraph's lines. */
function measured(n: number): { bodyRow: number; paragraphLines: number[] } {
  const page = composePage(
    {
      geometry: GEOMETRY,
      paper: PAPER,
      settings: DEFAULT_SETTINGS,
      page: pageInfo(2),
      stories: [input(n, 20).story],
    },
    fonts,
  );
  const lines = page.modules[0]?.frame.lines ?? [];
  const body = lines.filter((l) => l.block === 0);
  return { bodyRow: body[0]?.row ?? -1, paragraphLines: body.map((l) => l.line.text.length) };
}

describe('copyfitPlaced', () => {
  it('counts the paragraph as 36 字 in 6 + 10 + 10 + 10; the body starts in row 6 or 3', () => {
    expect(countChars(PARAGRAPH)).toBe(36);
    expect(measured(2)).toEqual({ bodyRow: 6, paragraphLines: [6, 10, 10, 10] });
    expect(measured(10)).toEqual({ bodyRow: 3, paragraphLines: [6, 10, 10, 10] });
  });

  it('an overset story: 10 × 4 lines in 19 − 3 = 16 body rows run 24 lines (216 字) over', () => {
    // The module holds paragraphs 1–4; paragraphs 5–10 are over: 6 × 4 lines, 6 × 36 字.
    expect(copyfitPlaced(input(10, 20), fonts)).toEqual({
      linesOver: 24,
      charsOver: 6 * 36,
      linesUnder: 0,
    });
  });

  it('an underset story: 2 × 4 lines in 19 − 6 = 13 body rows leave 5 lines empty', () => {
    expect(copyfitPlaced(input(2, 20), fonts)).toEqual({
      linesOver: 0,
      charsOver: 0,
      linesUnder: 5,
    });
  });

  it('a story that jumps: part 1 full, part 2 on page 3 gets the rest and its own room', () => {
    const base = input(10, 20);
    const jumped = copyfitPlaced(
      {
        ...base,
        story: { ...base.story, jumpTo: 3 },
        jump: { page: pageInfo(3), module: { col: 0, line: 0, cols: 1, lines: 40 } },
      },
      fonts,
    );
    expect(jumped.linesOver).toBe(0);
    expect(jumped.charsOver).toBe(0);
    expect(jumped.linesUnder).toBeGreaterThan(0);
    const shorter = copyfitPlaced(
      {
        ...base,
        story: { ...base.story, jumpTo: 3 },
        jump: { page: pageInfo(3), module: { col: 0, line: 0, cols: 1, lines: 10 } },
      },
      fonts,
    );
    // Thirty lines less room on page 3: the same text leaves 30 fewer lines empty, or runs over.
    expect(shorter.linesOver - shorter.linesUnder).toBe(30 - jumped.linesUnder);
  });
});
