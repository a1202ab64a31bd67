// The pure form of the editor's normalization, for every place that is not the editor
// (import, store, contract). It runs the very same Slate rules on a headless editor, so a
// document the store accepts is always one the editor would leave as it is.

import { createEditor, type Descendant, Editor } from 'slate';
import './custom-types';
import type { AnyDocument } from './elements';
import { withStoryNormalization } from './normalize/with-story-normalization';

export function normalizeDocument<D extends AnyDocument>(doc: D): D {
  const editor = withStoryNormalization(createEditor());
  // A deep copy (Slate edits through immer and may freeze what it is given), with no empty
  // element: Slate's transforms assume every element has a text inside, and its own rule
  // adding one may come too late for ours, which run deepest-last-child first.
  const body = JSON.parse(JSON.stringify(doc.body ?? [])) as Descendant[];
  body.forEach(fillEmptyElements);
  editor.children = body;
  Editor.normalize(editor, { force: true });
  return { version: 1, body: editor.children } as D;
}

function fillEmptyElements(node: Descendant): void {
  if (!('children' in node) || !Array.isArray(node.children)) return;
  const children: Descendant[] = node.children;
  if (children.length === 0) children.push({ text: '' });
  children.forEach(fillEmptyElements);
}
