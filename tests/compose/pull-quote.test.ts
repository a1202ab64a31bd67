// Fill by pull quote (issue 12, point 2): a module far deeper than its text takes one
// sentence of the story set large between hairlines, a third of the way in, apart from
// its source; never a brief's, never a jumping part's, never where the editor said no;
// and the quote prints (its text in the PDF).

import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/main/export/inspect-pdf';
import { issuePdf } from '../../src/main/export/pdf/issue-pdf';
import { layoutFonts } from '../../src/main/layout/fonts';
import { composePage } from '../../src/shared/compose/compose-page';
import {
  pullQuoteAt,
  pullQuoteSentences,
  withPullQuote,
} from '../../src/shared/compose/fill-pull-quote';
import { pageInput } from '../../src/shared/compose/test-support';
import type { ComposedModule, PlacedStoryInput } from '../../src/shared/compose/types';
import type { ModuleControls } from '../../src/shared/model/module-controls';
import type { Story } from '../../src/shared/typeset';

const fonts = layoutFonts();

const body = (...texts: string[]): Story['blocks'] =>
  texts.map((text) => ({ kind: 'paragraph', style: 'body', runs: [{ text }] }));

const OPENING = '本报讯（记者 王明）全市老旧小区改造工程昨日全面完工，共惠及居民一万二千户。';
const PARAGRAPHS = [
  OPENING,
  '改造涉及供水、供电、燃气管网和楼道照明等项目，施工历时八个月。据介绍，今年全市共投入改造资金三点二亿元，比去年增加百分之十五。',
  '“以前一下雨楼道就积水，现在再也不用担心了。”家住城东的李阿姨说。',
  '市住建局有关负责人表示，明年将继续推进二十个小区的改造工作，优先解决群众反映最集中的问题。',
  '为保证工程质量，住建部门组织专家对每个小区逐一验收，发现问题立即整改，整改不到位的不予通过。',
  '下一步，各区还将建立长效管理机制，引导居民参与小区日常管理，让改造成果惠及更多群众。',
];
/** About 1,000 characters: the paragraphs above, three times. */
const LONG: Story = {
  headline: { headline: '老旧小区改造全面完工', byline: '记者 王明' },
  blocks: body(...PARAGRAPHS, ...PARAGRAPHS.slice(1), ...PARAGRAPHS.slice(1)),
};

function page(
  priority: PlacedStoryInput['priority'],
  controls?: ModuleControls,
  jumpTo?: number,
  story = LONG,
) {
  const placed: PlacedStoryInput = {
    id: '甲',
    story,
    priority,
    module: { col: 0, line: 0, cols: 2, lines: 70 },
    ...(controls ? { controls } : {}),
    ...(jumpTo !== undefined ? { jumpTo } : {}),
  };
  return composePage(pageInput(2, [placed]), fonts);
}

const quoteLines = (m: ComposedModule | undefined) =>
  m?.frame.lines.filter((l) => l.kind === 'pullquote') ?? [];
const text = (lines: ReturnType<typeof quoteLines>) =>
  lines.map((l) => l.line.glyphs.map((g) => g.text).join('')).join('');

describe('pull quote', () => {
  it('offers whole sentences of 10–36 characters after the opening, then excerpts', () => {
    const quotes = pullQuoteSentences({ blocks: body(...PARAGRAPHS) });
    expect(quotes.slice(0, 4)).toEqual([
      { text: '改造涉及供水、供电、燃气管网和楼道照明等项目，施工历时八个月', block: 1 },
      { text: '据介绍，今年全市共投入改造资金三点二亿元，比去年增加百分之十五', block: 1 },
      // A quotation kept whole, its closing mark after the full stop.
      { text: '“以前一下雨楼道就积水，现在再也不用担心了。”', block: 2 },
      { text: '市住建局有关负责人表示，明年将继续推进二十个小区的改造工作……', block: 3 },
    ]);
    // Nothing from the opening paragraph (the dateline's), nothing unbalanced.
    expect(quotes.some((q) => q.block === 0)).toBe(false);
    expect(pullQuoteSentences({ blocks: body(OPENING, '他说：“这是第一句。') })).toEqual([]);
  });

  it('does not end a sentence at a decimal point or after an abbreviation', () => {
    const mixed = body(
      OPENING,
      '今年全市共投入改造资金3.2亿元，比去年增加百分之十五。The U.S. economy grew by 2.5 percent in the third quarter, officials said. 下一句话在这里结束了吗？',
    );
    expect(pullQuoteSentences({ blocks: mixed }).map((q) => q.text)).toEqual([
      '今年全市共投入改造资金3.2亿元，比去年增加百分之十五',
      'The U.S. economy grew by 2.5 percent in the third quarter, officials said',
      '下一句话在这里结束了吗？',
    ]);
  });

  it('goes a third of the way in, before a body paragraph, apart from its source', () => {
    const story = { blocks: body(...PARAGRAPHS) };
    expect(pullQuoteAt(story)).toBe(2);
    const quoted = withPullQuote(story, '引语', 2);
    expect(quoted.blocks.map((b) => (b.kind === 'paragraph' ? b.style : b.kind))).toEqual([
      'body',
      'body',
      'pullquote',
      'body',
      'body',
      'body',
      'body',
    ]);
    const crosshead: Story = {
      blocks: [
        ...body(OPENING),
        { kind: 'paragraph', style: 'crosshead', runs: [{ text: '小标题' }] },
        ...body('正文。'),
      ],
    };
    expect(pullQuoteAt(crosshead)).toBe(-1);
  });

  it('fills a module far deeper than its text, between two hairlines, unless turned off', () => {
    const filled = page('normal');
    const off = page('normal', { pullQuote: 'off' });
    const m = filled.modules[0];
    const lines = quoteLines(m);
    expect(quoteLines(off.modules[0])).toEqual([]);
    // 51 lines left empty without it; the quote (six lines of two grid lines) and its air
    // take 14 of them.
    expect([off.modules[0]?.linesUnder, m?.linesUnder]).toEqual([51, 37]);
    expect(lines).toHaveLength(6);
    expect(m?.linesOver).toBe(0);
    // Not from the paragraphs either side of it (blocks 5 and 6 of the story).
    expect(text(lines)).toBe('改造涉及供水、供电、燃气管网和楼道照明等项目，施工历时八个月');
    expect(new Set(lines.map((l) => l.line.size))).toEqual(new Set([18]));
    // Whole in one column, two grid lines a line, a line of air above and below it.
    const column = lines[0]?.column;
    expect(new Set(lines.map((l) => l.column))).toEqual(new Set([column]));
    const top = Math.min(...lines.map((l) => l.row));
    const bottom = Math.max(...lines.map((l) => l.row)) + 2;
    expect(lines.map((l) => l.row - top)).toEqual([0, 2, 4, 6, 8, 10]);
    const around = m?.frame.lines.filter(
      (l) => l.column === column && l.kind === 'body' && (l.row === top - 1 || l.row === bottom),
    );
    expect(around).toEqual([]);
    expect(m?.frame.lines.some((l) => l.column === column && l.row === top - 2)).toBe(true);
    const rules = filled.rules.filter((r) => r.y1 === r.y2 && r.x2 - r.x1 < 200);
    expect(rules).toHaveLength(2);
    const first = lines[0];
    const leading = filled.geometry.leading;
    if (!m || !first) throw new Error('no quote');
    expect(rules[0]?.y1).toBeCloseTo(m.frame.y + (first.row - 0.5) * leading, 6);
  });

  it('is not given to a brief nor to a part that jumps', () => {
    expect(quoteLines(page('brief').modules[0])).toEqual([]);
    expect(quoteLines(page('normal', undefined, 3).modules[0])).toEqual([]);
  });

  it('prints: its text is in the PDF', async () => {
    const made = await issuePdf(
      [page('normal')],
      {},
      {
        fonts,
        title: 'pull quote',
        colour: 'rgb',
        outputIntent: 'IFRA26',
      },
    );
    const printed = (await pdfText(Buffer.from(made.pdf))).replace(/\s+/g, '');
    // The quote (no full stop) where it stands, before the paragraph after it.
    expect(printed).toContain('不予通过。改造涉及供水');
    expect(printed).toContain('施工历时八个月下一步');
  });
});
