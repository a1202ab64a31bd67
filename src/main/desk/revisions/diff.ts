import { diffChars } from 'diff';
import type { DiffField, DiffPart } from '../../../shared/contract/domains/revisions';
import { DIFF_FIELDS } from '../../../shared/contract/domains/revisions';
import type { StoryFields } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { plainBodyFromDocument } from '../../../shared/story/stored-document';

/** Past this many edits a diff of a long body gets slow; it is shown as replaced instead. */
const MAX_EDIT_LENGTH = 20_000;

/** Character-level diff: Chinese has no spaces between words, so words are no unit here. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
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
