import type { StoryDocument } from '../../../shared/story/elements';
import type { HeadValues } from './story-io';

// Unsaved edits kept on this machine until the save is acknowledged, so a reload, a crash
// or a lost connection loses no keystroke. Keyed by story and the version the edits start
// from: a draft of an older version is not applied over newer work.

export interface Draft {
  head: HeadValues;
  document: StoryDocument;
  /** When it was written (ISO), for the notice. */
  at: string;
}

const PREFIX = 'newsdesk.draft.';

function key(storyId: number, version: number): string {
  return `${PREFIX}${storyId}.v${version}`;
}

export function writeDraft(storyId: number, version: number, draft: Draft): void {
  try {
    localStorage.setItem(key(storyId, version), JSON.stringify(draft));
  } catch {
    // Storage full or off: the autosave still runs; nothing else to do here.
  }
}

export function readDraft(storyId: number, version: number): Draft | null {
  const raw = localStorage.getItem(key(storyId, version));
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return draft && Array.isArray(draft.document?.body) && draft.head ? draft : null;
  } catch {
    return null;
  }
}

/** Drops every draft of the story (older versions' ones are stale once a save is acked). */
export function clearDrafts(storyId: number): void {
  const mine = `${PREFIX}${storyId}.v`;
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const name = localStorage.key(i);
    if (name?.startsWith(mine)) localStorage.removeItem(name);
  }
}
