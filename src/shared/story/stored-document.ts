// Today's stored shape ({ body: paragraphs }, and the plain `body` string of StoryFields)
// to and from the story document, so existing data keeps working while the store moves.

import { blockTexts } from './block-text';
import type { StoryDocument } from './elements';
import { normalizeDocument } from './normalize-document';
import { type Validated, validateDocument } from './validate-document';

/**
 * A stored document of any version: `{ version: 1, body }` is validated as it is; the
 * version-less `{ body: [{ type: 'paragraph', children: [{ text }] }] }` of the first store
 * is upgraded (normalized, then validated).
 */
export function documentFromStored(stored: unknown): Validated<StoryDocument> {
  if (isObject(stored) && !('version' in stored) && Array.isArray(stored.body)) {
    return validateDocument(normalizeDocument({ version: 1, body: stored.body }));
  }
  return validateDocument(stored);
}

/** Plain body text (paragraphs separated by blank lines) as a document. */
export function documentFromPlainBody(body: string): StoryDocument {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return normalizeDocument({
    version: 1,
    body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
  });
}

/**
 * The body as plain text, one text unit (paragraph, crosshead, quoted paragraph, list item,
 * caption) per blank-line-separated chunk: for search, and for the `body` string field.
 */
export function plainBodyFromDocument(document: StoryDocument): string {
  return document.body
    .flatMap(blockTexts)
    .filter((text) => text !== '')
    .join('\n\n');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
