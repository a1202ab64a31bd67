import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/contract';
import type { Story } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { useTransport } from '../api-context';
import { AutosaveQueue, type SaveState } from './autosave-queue';
import { clearDrafts, writeDraft } from './drafts';
import { type HeadValues, saveArgs } from './story-io';

export { AUTOSAVE_DELAY_MS, type SaveState } from './autosave-queue';

interface Edit {
  head: HeadValues;
  document: StoryDocument;
}

/**
 * Autosave of one loaded story (AutosaveQueue): saved 800 ms after the last change, one save
 * at a time; a local draft at most every 500 ms and at once when the page is hidden or left.
 */
export function useAutosave(story: Story | null, enabled: boolean, onSaved: (s: Story) => void) {
  const { invoke } = useTransport();
  const [state, setState] = useState<SaveState>({ kind: 'unsaved' });
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;
  const [queue] = useState(
    () =>
      new AutosaveQueue<Edit>({
        save: async (base, edit) => {
          const saved = await invoke(
            'story.save',
            saveArgs(base.id, edit.head, edit.document, base.version),
          );
          savedCallback.current(saved);
          return saved;
        },
        writeDraft: (base, edit) =>
          writeDraft(base.id, base.version, { ...edit, at: new Date().toISOString() }),
        clearDrafts,
        onState: setState,
        now: () => Date.now(),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (timer) => window.clearTimeout(timer as number | undefined),
        retryable: (error) => error instanceof ApiError && error.reason === 'network',
      }),
  );
  queue.enabled = enabled;

  const storyId = story?.id;
  const storyVersion = story?.version;
  const storyUpdated = story?.updatedAt;
  useEffect(() => {
    if (storyId === undefined || storyVersion === undefined) return;
    queue.load({ id: storyId, version: storyVersion }, new Date(storyUpdated ?? Date.now()));
  }, [queue, storyId, storyVersion, storyUpdated]);

  // Leaving the screen or the page: the draft is written and what waits is sent at once
  // (the draft stays until the save is acked).
  useEffect(() => {
    const flush = () => {
      queue.flushDraft();
      if (queue.hasPending()) void queue.saveNow();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      flush();
      queue.dispose();
    };
  }, [queue]);

  const [calls] = useState(() => ({
    change: (edit: Edit) => queue.change(edit),
    saveNow: () => queue.saveNow(),
  }));
  return { state, ...calls };
}
