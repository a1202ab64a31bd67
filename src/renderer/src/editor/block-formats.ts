import type { ElementType } from '../../../shared/story/element-kinds';

/** The block formats the toolbar and shortcuts toggle (a paragraph is the "off" state). */
export const BLOCK_FORMATS = [
  'crosshead',
  'block-quote',
  'bulleted-list',
  'numbered-list',
] as const;
export type BlockFormat = (typeof BLOCK_FORMATS)[number] & ElementType;
