import { z } from 'zod';

/**
 * 本稿需 N 字: the length an editor asks of a story not yet on a page, in 字数 (countChars).
 * Up to the longest story the store keeps.
 */
export const TargetChars = z.number().int().min(1).max(2_000_000);

/** How a story's 字数 stands against its target: over by, short of, or exactly it. */
export type LengthFit = { kind: 'over' | 'short'; chars: number } | { kind: 'exact' };

export function fitToTarget(chars: number, target: number): LengthFit {
  if (chars > target) return { kind: 'over', chars: chars - target };
  if (chars < target) return { kind: 'short', chars: target - chars };
  return { kind: 'exact' };
}
