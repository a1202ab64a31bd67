// The `---` block of `key: value` lines at the top of a story file (CLI.md). Not YAML: one
// line per key, values are plain strings, optionally in quotes.

import { PRIORITIES, type Priority, StoryFields } from '../../model/story';
import { HYPHENATION_LANGUAGES, type HyphenationLanguage } from '../../typeset/types';
import type { StoryHead } from '../elements';
import { type ImportProblemCode, importWhy } from '../import-problem';
import type { LineError } from '../text-file';

export const FRONT_MATTER_KEYS = [
  'kicker',
  'headline',
  'subhead',
  'byline',
  'dateline',
  'section',
  'priority',
  'author',
  'hyphenation',
] as const;
type Key = (typeof FRONT_MATTER_KEYS)[number];

export interface FrontMatter {
  head: StoryHead;
  author?: string;
  /** The story's own hyphenation language (an English story on a Chinese page, or 'off'). */
  hyphenation?: HyphenationLanguage;
  /** Index of the first line after the closing `---`. */
  bodyStart: number;
}

export type FrontMatterResult =
  | { ok: true; value: FrontMatter }
  | { ok: false; errors: LineError[] };

const FENCE = /^---\s*$/;

export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  if (!FENCE.test(lines[0] ?? '')) {
    return fail(
      1,
      'no front matter: the file must start with a --- line, then "headline: …"',
      'no-front-matter',
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    return fail(
      1,
      'the front matter that starts here is not closed by a --- line',
      'front-matter-open',
    );
  }

  const values = new Map<Key, { value: string; line: number }>();
  const errors: LineError[] = [];
  for (let i = 1; i < close; i++) {
    const text = lines[i] ?? '';
    const line = i + 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const match = /^\s*([A-Za-z][\w-]*)\s*:(.*)$/.exec(text);
    if (!match) {
      errors.push({
        line,
        message: `expected "key: value", found "${text.trim()}"`,
        why: importWhy('not-key-value'),
      });
      continue;
    }
    const [, key = '', raw = ''] = match;
    if (!isKey(key)) {
      errors.push({
        line,
        message: `unknown key "${key}" (known: ${FRONT_MATTER_KEYS.join(', ')})`,
        why: importWhy('unknown-key', { key }),
      });
      continue;
    }
    const seen = values.get(key);
    if (seen) {
      errors.push({
        line,
        message: `"${key}" is given twice (first on line ${seen.line})`,
        why: importWhy('duplicate-key', { key, first: seen.line }),
      });
      continue;
    }
    const broken = unclosedOpening(raw.trim());
    if (broken) {
      errors.push({
        line,
        message: `${key}: the ${broken} that opens the value is not closed`,
        why: importWhy('unclosed-value', { key }),
      });
      continue;
    }
    const value = unquote(raw.trim());
    const problem = checkValue(key, value);
    if (problem) errors.push({ line, message: problem, why: importWhy('bad-value', { key }) });
    else values.set(key, { value, line });
  }
  if (!values.has('headline') && !errors.some((e) => e.message.startsWith('headline'))) {
    errors.push({
      line: 1,
      message: 'no headline: the front matter needs a "headline: …" line',
      why: importWhy('no-headline'),
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const get = (key: Key) => values.get(key)?.value ?? '';
  const head: StoryHead = {
    kicker: get('kicker'),
    headline: get('headline'),
    subhead: get('subhead'),
    byline: get('byline'),
    dateline: get('dateline'),
    section: get('section'),
    priority: (get('priority') || 'normal') as Priority,
  };
  const author = values.get('author')?.value;
  const hyphenation = values.get('hyphenation')?.value.toLowerCase() as
    | HyphenationLanguage
    | undefined;
  const value = {
    head,
    ...(author ? { author } : {}),
    ...(hyphenation ? { hyphenation } : {}),
    bodyStart: close + 1,
  };
  return { ok: true, value };
}

export function writeFrontMatter(
  head: StoryHead,
  author?: string,
  hyphenation?: HyphenationLanguage | null,
): string {
  const all: Record<Key, string> = {
    ...head,
    author: author ?? '',
    hyphenation: hyphenation ?? '',
  };
  const lines = FRONT_MATTER_KEYS.filter((key) => all[key] !== '').map(
    (key) => `${key}: ${quoteIfNeeded(all[key])}`,
  );
  return ['---', ...lines, '---'].join('\n');
}

function checkValue(key: Key, value: string): string | null {
  if (key === 'priority') {
    return (PRIORITIES as readonly string[]).includes(value)
      ? null
      : `priority must be lead, normal or brief, not "${value}"`;
  }
  if (key === 'author') return value === '' ? 'author is empty' : null;
  if (key === 'hyphenation') {
    return (HYPHENATION_LANGUAGES as readonly string[]).includes(value.toLowerCase())
      ? null
      : `hyphenation must be ${HYPHENATION_LANGUAGES.join(', ')}, not "${value}"`;
  }
  const result = StoryFields.shape[key].safeParse(value);
  if (result.success) return null;
  const message = result.error.issues[0]?.message ?? 'is invalid';
  return message.startsWith(key) ? message : `${key} ${message}`;
}

function isKey(key: string): key is Key {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(key);
}

/** Quotes keep what trimming or unquoting would otherwise change. */
function quoteIfNeeded(value: string): string {
  const needed = value.trim() !== value || isQuoted(value) || unclosedOpening(value) !== null;
  return needed ? `"${value}"` : value;
}

const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/**
 * A value that opens a quote, list or map and never closes it is a broken line (YAML habits,
 * a lost quote), never a headline: the opening character, or null. `[快讯] 标题` is fine.
 */
function unclosedOpening(value: string): string | null {
  const open = value.charAt(0);
  const close = CLOSERS[open];
  if (!close) return null;
  const closed =
    open === close ? value.length >= 2 && value.endsWith(close) : value.includes(close);
  return closed ? null : open;
}

function unquote(value: string): string {
  return isQuoted(value) ? value.slice(1, -1) : value;
}

function isQuoted(value: string): boolean {
  return value.length >= 2 && /^(["']).*\1$/s.test(value);
}

function fail(line: number, message: string, problem: ImportProblemCode): FrontMatterResult {
  return { ok: false, errors: [{ line, message, why: importWhy(problem) }] };
}
