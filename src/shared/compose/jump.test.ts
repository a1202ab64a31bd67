// Jumps worked by hand with the synthetic font (Han 1 em): a story on page 1 ends its
// first part with (下转第三版); page 3 opens the rest with (上接第一版) and the smaller
// repeated headline; the two parts hold the story's text exactly once.

import { describe, expect, it } from 'vitest';
import type { Story } from '../typeset';
import { syntheticFontSet } from '../typeset/synthetic-font';
import { DEFAULT_SETTINGS } from '../typeset/types';
import { composeIssue } from './compose-issue';
import type { ComposedModule, ComposeIssueInput, PageGeometry } from './index';
import { PAPER, pageInfo, paragraphs } from './test-support';

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
const TEXTS = paragraphs(1000, 7);
const STORY: Story = {
  headline: { headline: '全市老旧小区改造全面启动' },
  blocks: TEXTS.map((text) => ({ kind: 'paragraph', style: 'body', runs: [{ text }] })),
};

function issue(language: 'zh' | 'en' = 'zh', page1Lines = 10): ComposeIssueInput {
  const module = (lines: number) => ({ col: 0, line: 0, cols: 2, lines });
  return {
    geometry: GEOMETRY,
    paper: { ...PAPER, language },
    settings: DEFAULT_SETTINGS,
    pages: [
      {
        page: pageInfo(1),
        stories: [
          { id: 'J', story: STORY, priority: 'normal', module: module(page1Lines), jumpTo: 3 },
        ],
      },
      { page: pageInfo(2), stories: [] },
      {
        page: pageInfo(3),
        stories: [{ id: 'J', priority: 'normal', module: { col: 0, line: 0, cols: 4, lines: 40 } }],
      },
    ],
  };
}

const bodyText = (m: ComposedModule) => {
  const byBlock = new Map<number, string>();
  for (const l of m.frame.lines) {
    if (l.block >= 0) byBlock.set(l.block, (byBlock.get(l.block) ?? '') + l.line.text);
  }
  return byBlock;
};
const furnitureText = (m: ComposedModule) =>
  m.furniture.map((f) => `${f.kind}:${f.lines.map((l) => l.line.text).join('')}`);

describe('jumps', () => {
  const composed = composeIssue(issue(), fonts);
  const [page1, , page3] = composed.pages;
  const part1 = page1?.modules[0] as ComposedModule;
  const part2 = page3?.modules[0] as ComposedModule;

  it('ends part 1 with (下转第三版) on the line after its last body line', () => {
    expect(part1.part).toBe(1);
    expect(part1.breakToken).not.toBeNull();
    expect(furnitureText(part1)).toEqual(['jump:（下转第三版）']);
    const jump = part1.furniture[0];
    // Module of 10 lines keeps one at its foot: the frame has 9, the jump line is the 9th.
    expect(jump?.x).toBeCloseTo(part1.box.x + 99, 9);
    expect(jump?.y).toBeCloseTo(part1.box.y + 8 * 13.5, 9);
    const lastBody = part1.frame.lines.filter((l) => l.column === 1).at(-1);
    expect(lastBody?.row).toBe(7);
    expect(page1?.outgoing).toEqual([
      {
        storyId: 'J',
        toPage: 3,
        continuation: { token: part1.breakToken, fromPage: 1, part: 2, headlineSize: 14 },
      },
    ]);
    expect(part1.linesOver).toBe(0);
  });

  it('opens part 2 with (上接第一版) and the headline repeated smaller', () => {
    expect(part2.part).toBe(2);
    expect(part2.storyId).toBe('J');
    expect(furnitureText(part2)).toEqual([
      'jump:（上接第一版）',
      'continued-headline:全市老旧小区改造全面启动',
    ]);
    const head1 = part1.frame.lines.find((l) => l.kind === 'headline');
    const head2 = part2.furniture[1]?.lines[0];
    expect(head2?.line.size).toBeLessThan(head1?.line.size ?? 0);
    expect(part2.frame.lines.some((l) => l.kind === 'headline')).toBe(false);
    expect(part2.frame.y).toBeGreaterThan(part2.furniture[1]?.y ?? Infinity);
    expect(part2.breakToken).toBeNull();
    expect(page3?.report.overset).toEqual([]);
  });

  it('loses and repeats nothing: part 1 + part 2 = the story text', () => {
    const a = bodyText(part1);
    const b = bodyText(part2);
    const joined = TEXTS.map((_, i) => (a.get(i) ?? '') + (b.get(i) ?? ''));
    expect(joined).toEqual(TEXTS);
    const token = part1.breakToken;
    expect(a.get(token?.block ?? -1)?.length ?? 0).toBe(token?.offset);
  });

  it('jumps in English with English jump lines', () => {
    const en = composeIssue(issue('en'), fonts);
    expect(furnitureText(en.pages[0]?.modules[0] as ComposedModule)).toEqual([
      'jump:(Continued on page 3)',
    ]);
    expect(furnitureText(en.pages[2]?.modules[0] as ComposedModule)[0]).toBe(
      'jump:(Continued from page 1)',
    );
  });

  it('always jumps when asked, even when the part would fit', () => {
    const small = { ...STORY, blocks: STORY.blocks.slice(0, 1) };
    const input = issue();
    const first = input.pages[0]?.stories[0];
    if (first) first.story = small;
    const r = composeIssue(input, fonts);
    const p1 = r.pages[0]?.modules[0] as ComposedModule;
    const p3 = r.pages[2]?.modules[0] as ComposedModule;
    expect(p1.breakToken).not.toBeNull();
    expect(furnitureText(p1)).toEqual(['jump:（下转第三版）']);
    const text = (bodyText(p1).get(0) ?? '') + (bodyText(p3).get(0) ?? '');
    expect(text).toBe(TEXTS[0]);
  });

  it('places the continuation by auto-layout when page 3 does not list the story', () => {
    const input = issue();
    const last = input.pages[2];
    if (last) last.stories = [];
    const r = composeIssue(input, fonts);
    const cont = r.pages[2]?.modules.find((m) => m.storyId === 'J');
    expect(cont?.part).toBe(2);
    expect(cont?.furniture[0]?.kind).toBe('jump');
  });
});
