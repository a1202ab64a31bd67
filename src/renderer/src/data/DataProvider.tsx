import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useApiEvents, useTransport } from '../api-context';
import { issueChanged } from './issue-query';
import { layoutChanged } from './layout-cache';
import { createQueryClient } from './query-client';
import { settingsKey } from './settings-query';
import type { StoryFilter } from './story-pages';
import { storyChanged } from './story-pages';

/** The query cache for the screens below, kept current by the desk's change events. */
export function DataProvider(props: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ChangeEvents />
      {props.children}
    </QueryClientProvider>
  );
}

/**
 * Forgets what the cache holds when who is signed in changes (a reporter sees less). Reset,
 * not cleared: a screen still showing keeps its queries, which load again for the new actor.
 */
export function useCacheOf(profileId: number | null): void {
  const client = useQueryClient();
  const seen = useRef(profileId);
  useEffect(() => {
    const before = seen.current;
    seen.current = profileId;
    if (before !== null && before !== profileId) void client.resetQueries();
  }, [client, profileId]);
}

function ChangeEvents() {
  const client = useQueryClient();
  const { invoke } = useTransport();
  useApiEvents(['story.changed', 'issue.changed', 'settings.changed'], (event, payload) => {
    void layoutChanged(client, event, payload).catch(() => undefined);
    void issueChanged(client, event, payload).catch(() => undefined);
    if (event === 'settings.changed') {
      void client.invalidateQueries({ queryKey: settingsKey });
      return;
    }
    if (event === 'story.changed') {
      void storyChanged(client, invoke, payload.id).catch(() => undefined);
      return;
    }
    // Placing and page counts change the tray's stories and the desk's page column.
    void client.invalidateQueries({
      queryKey: ['story.page'],
      predicate: (query) => {
        const filter = query.queryKey[1] as StoryFilter | undefined;
        return Boolean(filter?.unplacedOn) || filter?.sort === 'page';
      },
    });
  });
  return null;
}
