import type { StoryDocument } from '../../src/shared/story/elements';
import { documentFromPlainBody } from '../../src/shared/story/stored-document';

/** A story document from plain text: paragraphs separated by blank lines. */
export function doc(text: string): StoryDocument {
  return documentFromPlainBody(text);
}
