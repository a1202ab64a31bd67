import { diffChars } from 'diff';
import type { DiffField, DiffPart } from '../../../shared/contract/domains/revision';
import { DIFF_FIELDS } from '../../../shared/contract/domains/revision';
import type { StoryFields } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { plainBodyFromDocument } from '../../../shared/story/stored-document';

/** Past this many edits a diff of a long body gets slow; it is shown as replaced instead. */
const MAX_EDIT_LENGTH = 20_000;

/** Characters of common text left on each side of a change for the library to align. */
const CONTEXT = 200;

/** Character-level diff: Chinese has no spaces between words, so words are no unit here. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  // The common head and tail, but for a margin, are cut off first: an edit in a long story
  // diffs only near the changed stretch, not two million characters (the library tokenizes
  // every one). The margin keeps the library's own alignment of the change.
  const head = pairSafeHead(before, Math.max(0, commonHead(before, after) - CONTEXT));
  const tail = pairSafeTail(
    before,
    Math.max(0, commonTail(before.slice(head), after.slice(head)) - CONTEXT),
  );
  const parts: DiffPart[] = [];
  if (head) parts.push({ kind: 'same', text: before.slice(0, head) });
  parts.push(
    ...diffMiddle(before.slice(head, before.length - tail), after.slice(head, after.length - tail)),
  );
  if (tail) parts.push({ kind: 'same', text: before.slice(before.length - tail) });
  return mergeSame(parts);
}

/** Joins neighbouring 'same' parts (the cut head or tail and the library's own). */
function mergeSame(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last?.kind === 'same' && part.kind === 'same') last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

function diffMiddle(before: string, after: string): DiffPart[] {
  const changes = diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    const parts: DiffPart[] = [];
    if (before) parts.push({ kind: 'removed', text: before });
    if (after) parts.push({ kind: 'added', text: after });
    return parts;
  }
  return changes.map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

function commonHead(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonTail(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** A head length that does not end inside a surrogate pair. */
function pairSafeHead(text: string, n: number): number {
  return n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? n - 1 : n;
}

/** A tail length that does not start inside a surrogate pair. */
function pairSafeTail(text: string, n: number): number {
  return n > 0 && isLowSurrogate(text.charCodeAt(text.length - n)) ? n - 1 : n;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

interface Content {
  fields: StoryFields;
  document: StoryDocument;
}

/** The body is compared as its plain text, paragraphs on their own lines. */
function fieldText(content: Content, field: DiffField): string {
  return field === 'body' ? plainBodyFromDocument(content.document) : content.fields[field];
}

export function diffFields(before: Content, after: Content): Record<DiffField, DiffPart[]> {
  return Object.fromEntries(
    DIFF_FIELDS.map((field) => [
      field,
      diffText(fieldText(before, field), fieldText(after, field)),
    ]),
  ) as Record<DiffField, DiffPart[]>;
}
