// What the preflight rules read: the composed pages plus the few facts composition does not
// carry (story status, image pixels, the fonts). Pure data, so the rules run anywhere.

import type { ComposedIssue } from '../compose/compose-issue';
import type { StoryStatus } from '../model/story';
import type { FontSet } from '../typeset/font-metrics';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface PreflightIssue {
  severity: Severity;
  code: string;
  page: number | null;
  storyId: number | null;
  /** Plain English for the CLI and logs; the UI words `code` with `params` instead. */
  message: string;
  params: FindingParams;
}

export type FindingParams = Record<string, string | number>;

export interface PreflightStory {
  id: number;
  headline: string;
  status: StoryStatus;
  page: number;
  jumpTo: number | null;
}

export interface PreflightInput {
  pageCount: number;
  composed: ComposedIssue;
  stories: PreflightStory[];
  /** Pixel size of each image asset placed (by hash). */
  images: Record<string, { width: number; height: number }>;
  fonts: FontSet;
  /** Page sign-off: whether export needs it, and the pages approved now (none checked
   * when absent). */
  approval?: { required: boolean; approved: readonly number[] };
  /** Empty lines across a page beyond which it warns (default EMPTY_LINES_LIMIT). */
  emptyLinesLimit?: number;
}

export type Rule = (input: PreflightInput) => PreflightIssue[];

export const issue = (
  severity: Severity,
  code: string,
  page: number | null,
  storyId: number | null,
  message: string,
  params: FindingParams = {},
): PreflightIssue => ({ severity, code, page, storyId, message, params });
