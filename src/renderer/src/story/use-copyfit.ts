import { useEffect, useState } from 'react';
import type { ArgsIn } from '../../../shared/contract';
import { useApiEvents, useTransport } from '../api-context';
import { type CopyfitEdit, CopyfitFeed } from './copyfit-feed';

function copyfitArgs(id: number, edit: CopyfitEdit | undefined): ArgsIn<'story.copyfit'> {
  if (!edit) return { id };
  // A headline being retyped is briefly empty: the body still counts under the saved one.
  return edit.head.headline.trim()
    ? { id, fields: edit.head, document: edit.document }
    : { id, document: edit.document };
}

/**
 * The copyfit feed of the open story: asked when the story opens, after each pause in
 * typing, and again when the board moves things (issue.changed) or the story changes.
 */
export function useCopyfitFeed(storyId: number | null): CopyfitFeed | null {
  const { invoke } = useTransport();
  const [feed, setFeed] = useState<CopyfitFeed | null>(null);
  useEffect(() => {
    if (storyId === null) return;
    const next = new CopyfitFeed(
      async (edit) => (await invoke('story.copyfit', copyfitArgs(storyId, edit))).placed,
    );
    setFeed(next);
    next.refresh();
    return () => {
      next.close();
      setFeed(null);
    };
  }, [invoke, storyId]);
  useApiEvents(['issue.changed', 'story.changed'], (event, payload) => {
    const id = (payload as { id?: unknown } | undefined)?.id;
    if (event === 'issue.changed' || id === storyId) feed?.refresh();
  });
  return feed;
}
