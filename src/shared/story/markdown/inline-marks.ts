// **bold** and *italic* inside a line. Star runs are toggles: `*` flips italic, `**` bold,
// `***` both, so any sequence of marked leaves is written and read back unambiguously
// (`*a***b**` is italic a, then bold b). A star that never closes is a literal star.

import type { Mark, StoryText } from '../elements';

type Token = { text: string } | { toggles: Mark[]; stars: number };

/** ASCII punctuation a backslash makes literal, as in CommonMark. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

export function escapeInline(text: string): string {
  return text.replace(/[\\*]/g, (ch) => `\\${ch}`);
}

export function writeInline(leaves: readonly StoryText[]): string {
  let out = '';
  let bold = false;
  let italic = false;
  const toggle = (b: boolean, i: boolean) => {
    out += '*'.repeat((bold !== b ? 2 : 0) + (italic !== i ? 1 : 0));
    bold = b;
    italic = i;
  };
  for (const leaf of leaves) {
    toggle(leaf.bold === true, leaf.italic === true);
    out += escapeInline(leaf.text);
  }
  toggle(false, false);
  return out;
}

export function readInline(source: string): StoryText[] {
  const tokens = tokenize(source);
  // A mark still on at the end was opened by a star that never closed: make it literal.
  for (const mark of openAtEnd(tokens)) {
    const opener = lastToggle(tokens, mark);
    if (opener) opener.toggles = opener.toggles.filter((m) => m !== mark);
  }
  return leavesOf(tokens);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    const next = source.charAt(i + 1);
    if (ch === '\\' && ESCAPABLE.test(next)) {
      text += next;
      i++;
    } else if (ch === '*') {
      let stars = 1;
      while (source.charAt(i + stars) === '*') stars++;
      i += stars - 1;
      if (text) tokens.push({ text });
      text = '';
      tokens.push({ toggles: togglesOf(stars), stars });
    } else {
      text += ch;
    }
  }
  if (text) tokens.push({ text });
  return tokens;
}

function togglesOf(stars: number): Mark[] {
  if (stars === 1) return ['italic'];
  if (stars === 2) return ['bold'];
  if (stars === 3) return ['bold', 'italic'];
  return [];
}

function openAtEnd(tokens: readonly Token[]): Mark[] {
  const on = new Set<Mark>();
  for (const token of tokens) {
    if ('toggles' in token)
      for (const mark of token.toggles) on.has(mark) ? on.delete(mark) : on.add(mark);
  }
  return [...on];
}

function lastToggle(tokens: readonly Token[], mark: Mark) {
  return tokens.findLast(
    (token): token is Extract<Token, { toggles: Mark[] }> =>
      'toggles' in token && token.toggles.includes(mark),
  );
}

function leavesOf(tokens: readonly Token[]): StoryText[] {
  const leaves: StoryText[] = [];
  const on = new Set<Mark>();
  const push = (text: string) => {
    const last = leaves.at(-1);
    const leaf: StoryText = { text };
    if (on.has('bold')) leaf.bold = true;
    if (on.has('italic')) leaf.italic = true;
    if (last && last.bold === leaf.bold && last.italic === leaf.italic) last.text += text;
    else leaves.push(leaf);
  };
  for (const token of tokens) {
    if ('text' in token) {
      push(token.text);
      continue;
    }
    for (const mark of token.toggles) on.has(mark) ? on.delete(mark) : on.add(mark);
    // Stars that toggle nothing (unmatched, or four and more) are text.
    const used = token.toggles.reduce((n, mark) => n + (mark === 'bold' ? 2 : 1), 0);
    if (token.stars > used) push('*'.repeat(token.stars - used));
  }
  return leaves.length > 0 ? leaves : [{ text: '' }];
}
