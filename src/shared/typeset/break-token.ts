// Break tokens travel as JSON (stored with a page placement); parse them defensively.

import type { BreakToken } from './types';

/** A break token: a frozen value, so no caller can move the place another frame resumes at. */
export function breakToken(block: number, offset: number): BreakToken {
  return Object.freeze({ block, offset });
}

export function parseBreakToken(json: string): BreakToken | null {
  const value: unknown = JSON.parse(json);
  if (value === null) return null;
  if (typeof value !== 'object') throw new Error('break token: not an object');
  const { block, offset } = value as Record<string, unknown>;
  if (!Number.isInteger(block) || !Number.isInteger(offset)) {
    throw new Error('break token: block and offset must be integers');
  }
  if ((block as number) < 0 || (offset as number) < 0) throw new Error('break token: negative');
  return breakToken(block as number, offset as number);
}
