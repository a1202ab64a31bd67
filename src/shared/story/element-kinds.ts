// What each element type may hold. The normalizers, the schema and the serializers all
// decide nesting from here.

import type { ListElement, StoryElement, TextBlockElement } from './elements';

export type ElementType = StoryElement['type'];

export const TEXT_BLOCK_TYPES = ['paragraph', 'crosshead', 'list-item'] as const;
export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export const ELEMENT_TYPES: readonly ElementType[] = [
  'paragraph',
  'crosshead',
  'block-quote',
  'bulleted-list',
  'numbered-list',
  'list-item',
  'photo',
];

interface Typed {
  type?: unknown;
}

export function isKnownType(type: unknown): type is ElementType {
  return ELEMENT_TYPES.includes(type as ElementType);
}

/** Elements whose children are text leaves. */
export function isTextBlock<T extends Typed>(node: T): node is T & TextBlockElement {
  return (TEXT_BLOCK_TYPES as readonly unknown[]).includes(node.type);
}

export function isList<T extends Typed>(node: T): node is T & ListElement {
  return (LIST_TYPES as readonly unknown[]).includes(node.type);
}

/** Elements whose children are other elements. */
export function isContainer(node: Typed): boolean {
  return node.type === 'block-quote' || isList(node);
}
