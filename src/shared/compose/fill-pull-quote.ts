// Fill (issue 12, point 2): a module still well deeper than its story once the headline
// has filled what it can takes a pull quote (摘句, as newspapers and InDesign/WoodWing
// pages fill a tall narrow module): one sentence of the story's own text, set twice the
// body size in one column between hairlines, a third of the way into the body. Layout's
// own device: never where the editor turned it off (module controls), never in a part
// that jumps or continues (its break tokens index the story's own blocks), and kept only
// where it leaves fewer empty lines and nothing overset.

import { newsroomCount, type ParagraphBlock, PULL_QUOTE_AIR, type Story } from '../typeset';
import { rowsFor } from '../typeset/baseline-grid';
import type { FlowedPart } from './flow-part';
import type { BodyGrid } from './geometry';
import { HAIRLINE } from './module-controls';
import type { ComposedModule, RuleBox } from './types';

/** Empty lines (all legs) a module keeps at least before a pull quote is tried. */
const MIN_EMPTY = 8;
/** Body characters a story has at least to be quoted (a short story is not). */
const MIN_BODY = 400;
/** Newsroom characters of a quoted sentence (Latin words count one each). */
const SHORTEST = 10;
const LONGEST = 36;
/** Sentences weighed (first in the story first), and modules set with one at most. */
const CANDIDATES = 8;
const TRIES = 3;
/** Lines a pull quote takes at most (a long English sentence in a narrow column would take more). */
const MOST_LINES = 6;

/** A story the editor marked not to take a pull quote. */
export interface QuotableStory extends Story {
  noPullQuote?: boolean;
}

/**
 * Sentences ending in 。！？ or ! ? or a point before a capital (or the end), with any
 * closing quote after them; a point inside a number or after an abbreviation (3.2亿元,
 * 2.5 percent, the U.S. economy) does not end one.
 */
const SENTENCE =
  /(?:[^。！？!?.]|\.(?!\s+[A-Z“"‘(\p{Script=Han}]|\s*$))+(?:[。！？!?]+|\.(?=\s+[A-Z“"‘(\p{Script=Han}]|\s*$))[”’」』）)"']*/gu;
/** Marks that open a sentence badly (left over from a split) or end a quote needlessly. */
const LEADING = /^[\s，、；：,;:]+/u;
const FULL_STOP = /[。.]$/u;

const textOf = (block: ParagraphBlock) => block.runs.map((r) => r.text).join('');

/** A sentence (or excerpt) a pull quote may say, and the block it is from. */
export interface Quotable {
  text: string;
  block: number;
}

/**
 * What a pull quote may say, in story order, from body paragraphs after the first (which
 * opens with the dateline): whole sentences of SHORTEST to LONGEST characters, their full
 * stop dropped; then, from longer sentences, their opening clauses (to a ， or ；) cut
 * with ……, as an editor excerpts. Quotation marks and brackets balanced. Each with the
 * index of its block, a sentence once per block it is in.
 */
export function pullQuoteSentences(story: Story): Quotable[] {
  const whole: Quotable[] = [];
  const cut: Quotable[] = [];
  const has = (list: Quotable[], text: string, block: number) =>
    list.some((q) => q.text === text && q.block === block);
  let firstSeen = false;
  for (const [b, block] of story.blocks.entries()) {
    if (block.kind !== 'paragraph' || block.style !== 'body') continue;
    if (!firstSeen) {
      firstSeen = true;
      continue;
    }
    for (const match of textOf(block).matchAll(SENTENCE)) {
      const sentence = match[0].replace(LEADING, '').trim().replace(FULL_STOP, '');
      const n = newsroomCount(sentence);
      if (n >= SHORTEST && n <= LONGEST) {
        if (balanced(sentence) && !has(whole, sentence, b))
          whole.push({ text: sentence, block: b });
      } else if (n > LONGEST) {
        const excerpt = openingClauses(sentence);
        if (excerpt && !has(cut, excerpt, b)) cut.push({ text: excerpt, block: b });
      }
    }
  }
  return [...whole, ...cut];
}

/** The longest run of a sentence's opening clauses within LONGEST characters, with ……. */
function openingClauses(sentence: string): string | null {
  let best: string | null = null;
  for (const match of sentence.matchAll(/[，；,;]/gu)) {
    const head = sentence.slice(0, match.index);
    const n = newsroomCount(head);
    if (n > LONGEST - 2) break;
    if (n >= SHORTEST && balanced(head)) best = `${head}……`;
  }
  return best;
}

function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return (
    count(/“/g) === count(/”/g) && count(/（/g) === count(/）/g) && count(/「/g) === count(/」/g)
  );
}

/**
 * Where a pull quote goes: before the body paragraph that starts nearest a third of the
 * way into the story's text (not the first, nor right after a crosshead or a photo); -1
 * where there is no such paragraph.
 */
export function pullQuoteAt(story: Story): number {
  const sizes = story.blocks.map((b) => (b.kind === 'paragraph' ? textOf(b).length : 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  let at = -1;
  let best = Number.POSITIVE_INFINITY;
  let before = 0;
  story.blocks.forEach((block, i) => {
    const prev = story.blocks[i - 1];
    const fits =
      i > 0 &&
      block.kind === 'paragraph' &&
      block.style === 'body' &&
      prev?.kind === 'paragraph' &&
      prev.style === 'body' &&
      before > 0;
    if (fits && Math.abs(before - total / 3) < best) {
      best = Math.abs(before - total / 3);
      at = i;
    }
    before += sizes[i] ?? 0;
  });
  return at;
}

/** The story with `text` set as a pull quote before block `at`. */
export function withPullQuote(story: Story, text: string, at: number): Story {
  return inserted(story, quoteBlock(text), at);
}

function inserted(story: Story, quote: ParagraphBlock, at: number): Story {
  return { ...story, blocks: [...story.blocks.slice(0, at), quote, ...story.blocks.slice(at)] };
}

/**
 * The better of `flowed` and the part set again with a pull quote: fewer empty lines, none
 * over. `rows` measures a story alone in one column (grid lines), so the quotes that fit
 * the empty lines are set largest first, and the first that sets well is kept: one or two
 * settings of the module, not one per sentence.
 */
export function fillByPullQuote(
  story: Story,
  flowed: FlowedPart,
  part: (s: Story) => FlowedPart,
  rows: (s: Story) => number,
): { story: Story; flowed: FlowedPart } {
  const m = flowed.module;
  if ((story as QuotableStory).noPullQuote || m.linesOver > 0 || m.linesUnder < MIN_EMPTY) {
    return { story, flowed };
  }
  const body = story.blocks.reduce(
    (n, b) => n + (b.kind === 'paragraph' && b.style === 'body' ? textOf(b).length : 0),
    0,
  );
  const at = pullQuoteAt(story);
  if (body < MIN_BODY || at < 0) return { story, flowed };
  // Not a sentence of the paragraphs either side of it: a quote apart from its source.
  const apart = new Set<string>();
  for (const q of pullQuoteSentences(story))
    if (q.block !== at && q.block !== at - 1) apart.add(q.text);
  // The block measured is the block set: the session prepares its text once.
  const sized = [...apart]
    .slice(0, CANDIDATES)
    .map((text) => {
      const block = quoteBlock(text);
      return { block, rows: rows({ blocks: [block] }) };
    })
    .filter((q) => q.rows <= m.linesUnder)
    .sort((a, b) => b.rows - a.rows);
  for (const { block } of sized.slice(0, TRIES)) {
    const s = inserted(story, block, at);
    const tried = part(s);
    const t = tried.module;
    if (t.linesOver > 0 || t.charsOver > 0) continue;
    if (t.frame.lines.filter((l) => l.kind === 'pullquote').length > MOST_LINES) continue;
    if (t.linesUnder < m.linesUnder) return { story: s, flowed: tried };
  }
  return { story, flowed };
}

const quoteBlock = (text: string): ParagraphBlock => ({
  kind: 'paragraph',
  style: 'pullquote',
  runs: [{ text }],
});

/** Per column, the grid lines a module's pull quote spans (its air not included). */
function quoteSpans(mod: ComposedModule, leading: number) {
  const spans = new Map<number, { top: number; bottom: number }>();
  for (const l of mod.frame.lines) {
    if (l.kind !== 'pullquote') continue;
    const rows = rowsFor(l.line.size, leading);
    const span = spans.get(l.column) ?? { top: l.row, bottom: l.row + rows };
    span.top = Math.min(span.top, l.row);
    span.bottom = Math.max(span.bottom, l.row + rows);
    spans.set(l.column, span);
  }
  return spans;
}

/**
 * Grid lines a module's pull quote takes, its air included: layout's fill, which gives
 * them back when the module has to hold more (a continuation looking for room).
 */
export function pullQuoteLines(mod: ComposedModule, leading: number): number {
  let lines = 0;
  for (const { top, bottom } of quoteSpans(mod, leading).values())
    lines += bottom - top + 2 * PULL_QUOTE_AIR;
  return lines;
}

/**
 * Hairlines above and below each pull quote of a module, across its column, in the middle
 * of the line of air the engine leaves on either side.
 */
export function pullQuoteRules(mod: ComposedModule, grid: BodyGrid): RuleBox[] {
  const spans = quoteSpans(mod, grid.leading);
  const rules: RuleBox[] = [];
  for (const [column, { top, bottom }] of spans) {
    const x1 = mod.frame.x + column * (grid.columnWidth + grid.gutter);
    const x2 = x1 + grid.columnWidth;
    for (const row of [top - 0.5, bottom + 0.5]) {
      const y = mod.frame.y + row * grid.leading;
      rules.push({ x1, y1: y, x2, y2: y, weight: HAIRLINE });
    }
  }
  return rules;
}
