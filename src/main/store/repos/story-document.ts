import type { StoryDocument } from '../../../shared/story/elements';
import { documentFromStored } from '../../../shared/story/stored-document';

/**
 * Reads a stored document column. Rows written before the Slate document (version-less
 * `{ body: paragraphs }`) are upgraded on read; anything else invalid is a damaged row.
 */
export function readStoredDocument(json: string, storyId: number): StoryDocument {
  const result = documentFromStored(JSON.parse(json));
  if (!result.ok) {
    const problem = result.problems[0];
    throw new Error(
      `story ${storyId}: stored document is invalid at ${problem?.path}: ${problem?.message}`,
    );
  }
  return result.document;
}
