import { Text } from 'slate';
import { MARKS } from '../elements';
import type { Normalizer } from './normalizer';
import { setProps } from './raw-ops';

/**
 * A leaf carries only `text`, `bold: true` and `italic: true`. Unknown marks and `false`
 * marks are removed, so equal-looking leaves are equal and Slate merges them.
 */
export const normalizeTextMarks: Normalizer = (editor, [node, path]) => {
  if (!Text.isText(node)) return false;
  const record = node as unknown as Record<string, unknown>;
  const stray = Object.keys(record).filter(
    (key) =>
      key !== 'text' && !((MARKS as readonly string[]).includes(key) && record[key] === true),
  );
  if (stray.length === 0) return false;
  setProps(editor, path, Object.fromEntries(stray.map((key) => [key, undefined])));
  return true;
};
