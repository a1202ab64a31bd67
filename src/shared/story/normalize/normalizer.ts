import type { Editor, NodeEntry } from 'slate';
import '../custom-types';

/**
 * One rule of the document's shape. It fixes at most one thing at `entry` and returns true
 * when it changed the document; Slate then normalizes again until no rule applies.
 */
export type Normalizer = (editor: Editor, entry: NodeEntry) => boolean;
