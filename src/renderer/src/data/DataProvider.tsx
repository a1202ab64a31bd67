import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useApiEvents, useTransport } from '../api-context';
import { createQueryClient } from './query-client';
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

function ChangeEvents() {
  const client = useQueryClient();
  const { invoke } = useTransport();
  useApiEvents(['story.changed', 'issue.changed'], (event, payload) => {
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
