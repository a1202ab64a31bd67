import { useQueries } from '@tanstack/react-query';
import { useRef } from 'react';
import type { DeskRow } from '../../../shared/contract/wire/story';
import { useTransport } from '../api-context';
import { fetchPage, PAGE_ROWS, pageKey, type StoryFilter } from './story-pages';

export interface StoryPages {
  /** Rows that match in all; null until the first page is in. */
  total: number | null;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => DeskRow | undefined;
  error: unknown;
}

/**
 * A story list of any length: only the pages of PAGE_ROWS rows that hold `first`…`last`
 * (the rows in view) are asked for, each cached under its filter and index.
 */
export function useStoryPages(filter: StoryFilter, first: number, last: number): StoryPages {
  const { invoke } = useTransport();
  const from = Math.floor(Math.max(0, first) / PAGE_ROWS);
  const to = Math.max(from, Math.floor(Math.max(0, last) / PAGE_ROWS));
  const indexes = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const results = useQueries({
    queries: indexes.map((index) => ({
      queryKey: pageKey(filter, index),
      queryFn: () => fetchPage(invoke, filter, index),
    })),
  });
  // While a page loads the count of the list stays (scrolling or a refetch).
  const known = useRef<{ key: string; total: number } | null>(null);
  const key = JSON.stringify(filter);
  const loaded = results.find((r) => r.data)?.data;
  if (loaded) known.current = { key, total: loaded.total };
  const total = known.current?.key === key ? known.current.total : null;
  return {
    total,
    rowAt: (index) => {
      const page = results[Math.floor(index / PAGE_ROWS) - from]?.data;
      return page?.rows[index % PAGE_ROWS];
    },
    error: results.find((r) => r.error)?.error ?? null,
  };
}
