// Validation at a boundary: the document, or every problem with the path of the bad node.

import type { z } from 'zod';
import type { ImportedDocument, StoryDocument } from './elements';
import { ImportedDocumentSchema, StoryDocumentSchema } from './schema';

export interface DocumentProblem {
  /** Where, as `body[2].children[0]`; empty for the document itself. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; document: T } | { ok: false; problems: DocumentProblem[] };

export function validateDocument(input: unknown): Validated<StoryDocument> {
  return validateWith(StoryDocumentSchema, input);
}

export function validateImportedDocument(input: unknown): Validated<ImportedDocument> {
  return validateWith(ImportedDocumentSchema, input);
}

function validateWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, problems: result.error.issues.map(toProblem) };
}

function toProblem(issue: z.core.$ZodIssue): DocumentProblem {
  // A refused `type` is a problem with the node, so name the node, not its `type` key.
  const path =
    issue.code === 'invalid_union' && issue.path.at(-1) === 'type'
      ? issue.path.slice(0, -1)
      : issue.path;
  return { path: formatPath(path), message: issue.message };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
