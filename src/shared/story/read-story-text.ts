// A .txt story file: the headline on the first line, then paragraphs separated by blank
// lines (CLI.md). No markup is read: a `#` or `*` is just text.

import { StoryFields } from '../model/story';
import type { ImportedDocument, StoryHead } from './elements';
import { importWhy } from './import-problem';
import { normalizeDocument } from './normalize-document';
import { fileLines, findBinaryLine, joinLines, type LineError } from './text-file';

export type TextFileResult =
  | { ok: true; story: { head: StoryHead; document: ImportedDocument } }
  | { ok: false; errors: LineError[] };

export function readStoryText(text: string): TextFileResult {
  const lines = fileLines(text);
  const binary = findBinaryLine(lines);
  if (binary) return { ok: false, errors: [binary] };
  const headlineAt = lines.findIndex((line) => line.trim() !== '');
  if (headlineAt < 0) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: 'empty file: the first line is the headline',
          why: importWhy('empty-file'),
        },
      ],
    };
  }
  const headline = (lines[headlineAt] ?? '').trim();
  const checked = StoryFields.shape.headline.safeParse(headline);
  if (!checked.success) {
    const message = `headline ${checked.error.issues[0]?.message ?? 'is invalid'}`;
    return {
      ok: false,
      errors: [{ line: headlineAt + 1, message, why: importWhy('bad-value', { key: 'headline' }) }],
    };
  }
  const paragraphs: string[][] = [[]];
  for (const line of lines.slice(headlineAt + 1)) {
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)?.push(line);
  }
  const body = paragraphs
    .filter((p) => p.length > 0)
    .map((p) => ({ type: 'paragraph' as const, children: [{ text: joinLines(p) }] }));
  const head: StoryHead = {
    kicker: '',
    headline,
    subhead: '',
    byline: '',
    dateline: '',
    section: '',
    priority: 'normal',
  };
  return { ok: true, story: { head, document: normalizeDocument({ version: 1, body }) } };
}
