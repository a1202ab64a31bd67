import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Result } from '../../../shared/contract';
import { useTransport } from '../api-context';

export type SettingsMap = Result<'settings.get'>;

/** The cache key of the paper's settings; settings.changed invalidates it. */
export const settingsKey = ['settings.get'] as const;

/**
 * The paper's settings (settings.get), one request shared by every screen that reads them.
 * `stored` puts a map settings.set answered with in place, ahead of its change event.
 */
export function useSettingsQuery() {
  const { invoke } = useTransport();
  const client = useQueryClient();
  const query = useQuery({ queryKey: settingsKey, queryFn: () => invoke('settings.get', {}) });
  const stored = useCallback((map: SettingsMap) => client.setQueryData(settingsKey, map), [client]);
  return { settings: query.data, error: query.error, stored };
}
