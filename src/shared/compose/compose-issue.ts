// A whole issue, page after page, so a jump from page N hands its break token to page M:
// page M's composer receives the continuation and places it (in the editor's module when
// page M lists the story, else by auto-layout). Jump lines name the pages as composed.

import { type FontSet, typesetSession } from '../typeset';
import { type ComposeOptions, composePage } from './compose-page';
import type { ComposedPage, ComposePageInput, Continuation, PlacedStoryInput } from './types';

export interface ComposeIssueInput {
  geometry: ComposePageInput['geometry'];
  paper: ComposePageInput['paper'];
  settings: ComposePageInput['settings'];
  pages: { page: ComposePageInput['page']; stories: PlacedStoryInput[] }[];
}

/**
 * Pages composed before, by page number: the caller knows when a page's input is unchanged
 * (compose-stored keys them by its stories' versions, modules and settings). A page that
 * receives a continuation is always composed, as its input comes from an earlier page.
 */
export interface PageReuse {
  get(page: number): ComposedPage | undefined;
  put(page: number, composed: ComposedPage): void;
}

export interface ComposeIssueOptions extends ComposeOptions {
  reuse?: PageReuse | undefined;
}

export interface ComposedIssue {
  pages: ComposedPage[];
  /** Jumps to a page the issue does not have (the rest of the story is lost there). */
  lostJumps: { storyId: string; toPage: number }[];
}

export function composeIssue(
  input: ComposeIssueInput,
  fonts: FontSet,
  options: ComposeIssueOptions = {},
): ComposedIssue {
  const session = typesetSession(fonts, options.session);
  const byNumber = [...input.pages].sort((a, b) => a.page.number - b.page.number);
  const incoming = new Map<number, { storyId: string; continuation: Continuation }[]>();
  const pages: ComposedPage[] = [];
  const known = new Set(byNumber.map((p) => p.page.number));
  const lostJumps: ComposedIssue['lostJumps'] = [];

  for (const { page, stories } of byNumber) {
    const arriving = incoming.get(page.number) ?? [];
    const own = arriving.length === 0 && !stories.some((s) => s.continuation);
    const reused = own ? options.reuse?.get(page.number) : undefined;
    const composed =
      reused ??
      composePage(
        {
          geometry: input.geometry,
          paper: input.paper,
          settings: input.settings,
          page,
          stories: withContinuations(stories, arriving, input.pages),
        },
        fonts,
        { session },
      );
    if (own && !reused) options.reuse?.put(page.number, composed);
    for (const out of composed.outgoing) {
      if (!known.has(out.toPage)) lostJumps.push({ storyId: out.storyId, toPage: out.toPage });
      const list = incoming.get(out.toPage) ?? [];
      list.push({ storyId: out.storyId, continuation: out.continuation });
      incoming.set(out.toPage, list);
    }
    pages.push(composed);
  }
  return { pages, lostJumps };
}

/**
 * The page's own stories with each arriving continuation: where the page lists the story
 * (its module, priority), that entry takes the break token; else it is added for
 * auto-layout. The story text is taken from the part that jumped.
 */
function withContinuations(
  stories: PlacedStoryInput[],
  arriving: { storyId: string; continuation: Continuation }[],
  allPages: ComposeIssueInput['pages'],
): PlacedStoryInput[] {
  const out = stories.filter((s) => !s.continuation);
  for (const a of arriving) {
    const source = allPages
      .flatMap((p) => p.stories)
      .find((s) => s.id === a.storyId && !s.continuation);
    const own = stories.find((s) => s.id === a.storyId);
    const i = out.findIndex((s) => s.id === a.storyId);
    const entry: PlacedStoryInput = {
      ...(own ?? {}),
      id: a.storyId,
      priority: own?.priority ?? 'normal',
      continuation: a.continuation,
    };
    // The text comes from the part that jumped; the module only from this page's own entry.
    entry.story ??= source?.story;
    entry.head ??= source?.head;
    entry.document ??= source?.document;
    // The editor's controls too: the same story, the same blocks the break token counts.
    entry.controls ??= source?.controls;
    if (i >= 0) out[i] = entry;
    else out.push(entry);
  }
  return out;
}
