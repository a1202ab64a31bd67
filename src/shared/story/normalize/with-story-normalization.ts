// The Slate plugin that keeps the editor's document valid: each rule lives in its own file
// and fixes one thing; Slate's own normalization runs after ours.

import type { Editor } from 'slate';
import '../custom-types';
import { normalizeAdjacentLists } from './adjacent-lists';
import { normalizeBodyChildren } from './body-children';
import { normalizeEmptyBody } from './empty-body';
import { normalizeListChildren } from './list-children';
import type { Normalizer } from './normalizer';
import { normalizePhoto } from './photo-void';
import { normalizeQuoteChildren } from './quote-children';
import { normalizeTextBlockChildren } from './text-block-children';
import { normalizeTextBreaks } from './text-breaks';
import { normalizeTextMarks } from './text-marks';
import { normalizeUnknownTypes } from './unknown-types';
import { normalizeStrayText } from './wrap-stray-text';

/** Order matters only for speed and for keeping text: wrapping stray text comes first. */
const NORMALIZERS: readonly Normalizer[] = [
  normalizeEmptyBody,
  normalizeStrayText,
  normalizeUnknownTypes,
  normalizePhoto,
  normalizeTextBlockChildren,
  normalizeQuoteChildren,
  normalizeListChildren,
  normalizeBodyChildren,
  normalizeAdjacentLists,
  normalizeTextMarks,
  normalizeTextBreaks,
];

export function withStoryNormalization<T extends Editor>(editor: T): T {
  const { normalizeNode, isVoid } = editor;
  editor.isVoid = (element) => element.type === 'photo' || isVoid(element);
  editor.normalizeNode = (entry, options) => {
    for (const normalize of NORMALIZERS) if (normalize(editor, entry)) return;
    normalizeNode(entry, options);
  };
  return editor;
}
