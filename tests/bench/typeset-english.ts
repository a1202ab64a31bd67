// The English page of bench:typeset: time to set a page of English news text (8 columns
// of 12 em, Source Serif 4, hyphenated, total fit), and the quality of its word spacing
// against Chromium's justified text on the same text and measure. Chromium's word spaces
// are read from its layout (a Range per character).
//
// A fair peer: Chromium gets exactly the engine's hyphenation points (the `hyphen` patterns
// in the paper's language, with the engine's minima and last-word rule) as soft hyphens with
// `hyphens: manual`. That is `hyphens: auto` with a dictionary, which a Chromium without
// one (as here) would otherwise quietly drop, leaving the peer no hyphens at all.

import { readFileSync } from 'node:fs';
import { FONT_FILES, fontPath } from '../../src/main/fonts/font-registry';
import type { FontSet, FrameSpec, SetLine, Story, TypesetSettings } from '../../src/shared/typeset';
import { launchChromium } from '../e2e/chromium';

export { englishParagraphs } from './english-text';

type Engine = typeof import('../../src/shared/typeset');

const FRAME: FrameSpec = { columns: 8, columnWidth: 12 * 9, gutter: 9, heightLines: 100 };
export interface Quality {
  /** Sum over word spaces of justified lines of (width / normal - 1)². */
  spaceDeviation: number;
  spaces: number;
  hyphenatedLines: number;
  /** Justified lines with a word space beyond 1.4 of normal (or flagged loose). */
  looseLines: number;
  lines: number;
}

function storyOf(paragraphs: string[]): Story {
  return {
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', style: 'body', runs: [{ text }] })),
  };
}

export function englishSettings(engine: Engine): TypesetSettings {
  return { ...engine.DEFAULT_SETTINGS, indentEm: 1, latinFace: true };
}

/**
 * Median wall ms to set one page (one 8-column frame) of fresh paragraphs, and the mean CPU
 * ms of the process per page (all its threads, so the garbage collector's helpers count):
 * the figure to compare when other work shares the machine.
 */
export function timeEnglishPage(
  engine: Engine,
  fonts: FontSet,
  paragraphs: string[],
): { median: number; cpu: number } {
  const settings = englishSettings(engine);
  const times: number[] = [];
  let cpu = 0;
  for (let i = 0; i < 25; i++) {
    const story = storyOf(paragraphs); // fresh blocks: nothing prepared yet
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    engine.flowFrame(story, FRAME, settings, fonts, null, {
      session: new engine.TypesetSession(fonts),
    });
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i < 5) continue;
    times.push(t);
    cpu += (c.user + c.system) / 1000;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, cpu: cpu / times.length };
}

/** Quality of the engine's lines: each paragraph set at one column's measure. */
export function engineQuality(engine: Engine, fonts: FontSet, paragraphs: string[]): Quality {
  const settings = englishSettings(engine);
  const q: Quality = { spaceDeviation: 0, spaces: 0, hyphenatedLines: 0, looseLines: 0, lines: 0 };
  for (const text of paragraphs) {
    const { lines } = engine.setText(text, fonts, { measure: FRAME.columnWidth, settings });
    for (const line of lines) addLine(q, line);
  }
  return q;
}

function addLine(q: Quality, line: SetLine): void {
  q.lines++;
  if (line.hyphenated) q.hyphenatedLines++;
  if (!line.justified) return;
  let loose = line.loose === true;
  const g = line.glyphs;
  for (let k = 0; k + 1 < g.length; k++) {
    const a = g[k];
    const b = g[k + 1];
    if (!a || !b || a.text !== ' ') continue;
    const ratio = (b.x - a.x) / a.advance;
    q.spaceDeviation += (ratio - 1) ** 2;
    q.spaces++;
    if (ratio > 1.4 + 1e-6) loose = true;
  }
  if (loose) q.looseLines++;
}

const SOFT_HYPHEN = '\u00ad';

/** The text with a soft hyphen at each point where the engine may hyphenate it. */
export function withEngineHyphens(engine: Engine, fonts: FontSet, text: string): string {
  const settings = englishSettings(engine);
  const style = { family: 'serif' as const, size: settings.bodySize, running: true };
  const p = engine.prepareText([{ text }], engine.textStyle(style, settings), fonts);
  let out = '';
  for (let k = 0; k < p.n; k++) {
    out += text.slice(p.offsets[k], p.offsets[k + 1]);
    // A compound's own hyphen is a break already; only word-internal points get one.
    if (p.hyphenAfter[k] === 1 && p.breakAfter[k] !== 1) out += SOFT_HYPHEN;
  }
  return out;
}

/**
 * Chromium's justified column of the same text, hyphenated where the engine may hyphenate
 * (soft hyphens, `hyphens: manual`), read back from layout.
 */
export async function chromiumQuality(
  engine: Engine,
  fonts: FontSet,
  paragraphs: string[],
): Promise<Quality> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const origin = 'http://bench.test';
    const file = FONT_FILES.find((f) => f.key === 'latin-serif-400');
    if (!file) throw new Error('latin-serif-400 is not registered');
    await page.route(`${origin}/serif.ttf`, (route) =>
      route.fulfill({ body: readFileSync(fontPath(file)), contentType: 'font/ttf' }),
    );
    const css =
      `@font-face{font-family:'${file.family}';font-weight:400;src:url(${origin}/serif.ttf)}` +
      `#col{width:${FRAME.columnWidth}pt;font:9pt/13.5pt '${file.family}';text-align:justify;` +
      'hyphens:manual;-webkit-hyphens:manual;font-kerning:none;font-variant-ligatures:none}' +
      "#col p{margin:0;text-indent:1em}#probe{font:9pt 'Source Serif 4';white-space:pre}";
    const body = paragraphs.map((p) => `<p>${withEngineHyphens(engine, fonts, p)}</p>`).join('');
    await page.route(`${origin}/`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><style>${css}</style></head><body><span id="probe">a a</span><div id="col">${body}</div></body></html>`,
      }),
    );
    await page.goto(`${origin}/`);
    const measured = await page.evaluate(async () => {
      await document.fonts.load("9pt 'Source Serif 4'", 'a');
      await document.fonts.ready;
      const range = document.createRange();
      const probe = document.getElementById('probe')?.firstChild as Text;
      range.setStart(probe, 1);
      range.setEnd(probe, 2);
      const normal = range.getBoundingClientRect().width;
      const q = {
        spaceDeviation: 0,
        spaces: 0,
        hyphenatedLines: 0,
        shownHyphens: 0,
        looseLines: 0,
        lines: 0,
      };
      for (const p of Array.from(document.querySelectorAll('#col p'))) {
        const node = p.firstChild as Text;
        const text = node.data;
        const boxes: { left: number; top: number; width: number }[] = [];
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          // The last box: a letter just after a line's soft hyphen also gets the hyphen's.
          const rects = range.getClientRects();
          const r = rects[rects.length - 1];
          boxes.push({ left: r?.left ?? 0, top: r?.top ?? 0, width: r?.width ?? 0 });
        }
        // Lines: runs of characters at one top (a trailing space may sit on either line).
        // Soft hyphens belong to no line: one mid-line has no box at all.
        const lines: number[][] = [];
        let current: number[] = [];
        let top = Number.NaN;
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\u00ad') continue;
          const b = boxes[i] as { left: number; top: number };
          if (text[i] !== ' ' && !(Math.abs(b.top - top) <= 1)) {
            if (current.length > 0) lines.push(current);
            current = [];
            top = b.top;
          }
          current.push(i);
        }
        if (current.length > 0) lines.push(current);
        lines.forEach((line, n) => {
          q.lines++;
          const last = line[line.length - 1] ?? 0;
          const lastVisible = text[last] === ' ' ? last - 1 : last;
          const next = lines[n + 1]?.[0];
          // Hyphenated: the line ends inside a word (letters on both sides, nothing but
          // soft hyphens between), whether or not a hyphen shows.
          const between = next === undefined ? '' : text.slice(lastVisible + 1, next);
          if (
            next !== undefined &&
            /^\u00ad*$/u.test(between) &&
            /\p{L}/u.test(text[lastVisible] ?? '') &&
            /\p{L}/u.test(text[next] ?? '')
          ) {
            q.hyphenatedLines++;
            if (between.length > 0 && (boxes[lastVisible + 1]?.width ?? 0) > 0) q.shownHyphens++;
          }
          if (n === lines.length - 1) return; // the last line is not justified
          let loose = false;
          for (const i of line) {
            if (text[i] !== ' ' || i >= lastVisible) continue;
            const width = (boxes[i + 1]?.left ?? 0) - (boxes[i]?.left ?? 0);
            const ratio = width / normal;
            q.spaceDeviation += (ratio - 1) ** 2;
            q.spaces++;
            if (ratio > 1.4 + 1e-6) loose = true;
          }
          if (loose) q.looseLines++;
        });
      }
      return q;
    });
    // Every line counted as hyphenated must show its hyphen, or the reading is off.
    const { shownHyphens, ...quality } = measured;
    if (shownHyphens !== quality.hyphenatedLines) {
      throw new Error(
        `Chromium: ${quality.hyphenatedLines} lines end in a word, ${shownHyphens} show a hyphen`,
      );
    }
    return quality;
  } finally {
    await browser.close();
  }
}
