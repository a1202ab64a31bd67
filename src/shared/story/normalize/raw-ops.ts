// Structural edits as raw Slate operations. Slate's Transforms compute ranges, which throw
// on an element that has no text inside; mid-normalization such elements exist for a
// moment (Slate's own rule fills them later), so the rules edit with plain operations.

import { type Descendant, type Editor, Element, Node, Path, Text } from 'slate';

export function insertAt(editor: Editor, path: Path, node: Descendant): void {
  editor.apply({ type: 'insert_node', path, node });
}

export function removeAt(editor: Editor, path: Path): void {
  editor.apply({ type: 'remove_node', path, node: Node.get(editor, path) });
}

export function moveTo(editor: Editor, path: Path, newPath: Path): void {
  editor.apply({ type: 'move_node', path, newPath });
}

/** Sets (or, with `undefined`, removes) properties of the node at `path`. */
export function setProps(editor: Editor, path: Path, props: Record<string, unknown>): void {
  const node = Node.get(editor, path) as unknown as Record<string, unknown>;
  const properties = Object.fromEntries(Object.keys(props).map((key) => [key, node[key]]));
  editor.apply({ type: 'set_node', path, properties, newProperties: props });
}

/** Replaces the element at `path` by its children. */
export function unwrapAt(editor: Editor, path: Path): void {
  const count = (Node.get(editor, path) as Element).children.length;
  for (let i = count - 1; i >= 0; i--) moveTo(editor, [...path, i], Path.next(path));
  removeAt(editor, path);
}

/** Moves the node at `path` out of its parent to where it stood, splitting the parent. */
export function liftOut(editor: Editor, path: Path): void {
  const parentPath = Path.parent(path);
  const parent = Node.get(editor, parentPath) as Element;
  const index = path[path.length - 1] ?? 0;
  if (index === 0) {
    moveTo(editor, path, parentPath);
    if (parent.children.length === 1) removeAt(editor, Path.next(parentPath));
    return;
  }
  if (index === parent.children.length - 1) {
    moveTo(editor, path, Path.next(parentPath));
    return;
  }
  editor.apply({
    type: 'split_node',
    path: parentPath,
    position: index,
    properties: props(parent),
  });
  moveTo(editor, [...Path.next(parentPath), 0], Path.next(parentPath));
}

/** Splits every node from the text at `textPath` up to `blockPath` at `offset`. */
export function splitAt(editor: Editor, textPath: Path, offset: number, blockPath: Path): void {
  let path = textPath;
  let position = offset;
  while (path.length >= blockPath.length) {
    const node = Node.get(editor, path);
    editor.apply({ type: 'split_node', path, position, properties: props(node) });
    position = (path[path.length - 1] ?? 0) + 1;
    path = Path.parent(path);
  }
}

function props(node: Node): Record<string, unknown> {
  if (Text.isText(node)) {
    const { text: _text, ...marks } = node;
    return marks;
  }
  if (Element.isElement(node)) {
    const { children: _children, ...rest } = node;
    return rest;
  }
  return {};
}
