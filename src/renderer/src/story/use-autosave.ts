import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { useTransport } from '../api-context';
import { clearDrafts, writeDraft } from './drafts';
import { type HeadValues, saveArgs } from './story-io';

export type SaveState =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; version: number }
  | { kind: 'failed'; error: unknown };

/** Saves within a second of a pause in typing. */
export const AUTOSAVE_DELAY_MS = 800;

interface Edit {
  head: HeadValues;
  document: StoryDocument;
}

/**
 * Autosave of one loaded story: every change is kept as a local draft at once, then saved
 * (story.save with the version it builds on) 800 ms after the last change; one save at a
 * time, and edits made meanwhile go in the next. The draft is dropped when a save is acked.
 */
export function useAutosave(story: Story | null, enabled: boolean, onSaved: (s: Story) => void) {
  const { invoke } = useTransport();
  const [state, setState] = useState<SaveState>({ kind: 'unsaved' });
  const base = useRef<{ id: number; version: number } | null>(null);
  const pending = useRef<Edit | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  const storyId = story?.id;
  const storyVersion = story?.version;
  const storyUpdated = story?.updatedAt;
  // A (re)loaded story is the new base; what it holds is saved.
  useEffect(() => {
    if (storyId === undefined || storyVersion === undefined) return;
    if (base.current?.id === storyId && base.current.version === storyVersion) return;
    base.current = { id: storyId, version: storyVersion };
    if (!pending.current) {
      setState({ kind: 'saved', at: new Date(storyUpdated ?? Date.now()), version: storyVersion });
    }
  }, [storyId, storyVersion, storyUpdated]);

  const run = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const target = base.current;
    const edit = pending.current;
    if (!target || !edit || inFlight.current || !enabledRef.current) return;
    pending.current = null;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await invoke(
        'story.save',
        saveArgs(target.id, edit.head, edit.document, target.version),
      );
      base.current = { id: saved.id, version: saved.version };
      savedCallback.current(saved);
      const next = pending.current as Edit | null;
      if (next) {
        writeDraft(saved.id, saved.version, { ...next, at: new Date().toISOString() });
        setState({ kind: 'unsaved' });
        timer.current = window.setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
      } else {
        clearDrafts(saved.id);
        setState({ kind: 'saved', at: new Date(), version: saved.version });
      }
    } catch (error) {
      pending.current = pending.current ?? edit;
      setState({ kind: 'failed', error });
    } finally {
      inFlight.current = false;
    }
  }, [invoke]);

  const change = useCallback(
    (edit: Edit) => {
      const target = base.current;
      if (!target) return;
      pending.current = edit;
      writeDraft(target.id, target.version, { ...edit, at: new Date().toISOString() });
      setState({ kind: 'unsaved' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
    },
    [run],
  );

  // Leaving the screen saves at once what is waiting (the draft stays until it is acked).
  useEffect(() => {
    const flush = () => {
      if (pending.current) void run();
    };
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [run]);

  return { state, change, saveNow: run };
}
