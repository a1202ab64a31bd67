import type { FileProblem } from '../import-error';
import type { ReadStory } from '../read-story-file';
import type { ReadLimits } from './read-limits';

export interface ReaderRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits: ReadLimits;
}

export type ReaderReply =
  | { id: number; ok: true; story: ReadStory }
  | { id: number; ok: false; problem: FileProblem };
