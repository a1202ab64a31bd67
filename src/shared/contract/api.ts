import type { z } from 'zod';
import { appApi } from './domains/app';
import { assetsApi } from './domains/assets';
import { auditApi } from './domains/audit';
import { backupApi } from './domains/backup';
import { copyfitApi } from './domains/copyfit';
import { importApi } from './domains/import';
import { issuesApi } from './domains/issues';
import { jumpsApi } from './domains/jumps';
import { lanApi } from './domains/lan';
import { layoutApi } from './domains/layout';
import { locksApi } from './domains/locks';
import { moduleControlsApi } from './domains/module-controls';
import { pageSignoffApi } from './domains/page-signoff';
import { profilesApi } from './domains/profiles';
import { revisionsApi } from './domains/revisions';
import { searchApi } from './domains/search';
import { sessionApi } from './domains/session';
import { settingsApi } from './domains/settings';
import { storiesApi } from './domains/stories';
import { templatesApi } from './domains/templates';
import { workflowApi } from './domains/workflow';

/**
 * The whole API, declared once: handler name -> argument schema and result schema, one file
 * per domain under ./domains. Names are domain first. Every transport (in-process, HTTP, IPC)
 * validates the argument against this map before a handler runs; the result schema documents
 * and tests the reply.
 */
export const api = {
  ...appApi,
  ...profilesApi,
  ...sessionApi,
  ...settingsApi,
  ...storiesApi,
  ...auditApi,
  ...searchApi,
  ...workflowApi,
  ...revisionsApi,
  ...locksApi,
  ...assetsApi,
  ...importApi,
  ...issuesApi,
  ...layoutApi,
  ...moduleControlsApi,
  ...jumpsApi,
  ...templatesApi,
  ...pageSignoffApi,
  ...backupApi,
  ...copyfitApi,
  ...lanApi,
} as const;

export type Api = typeof api;
export type HandlerName = keyof Api;
export type ArgsIn<K extends HandlerName> = z.input<Api[K]['args']>;
export type Args<K extends HandlerName> = z.output<Api[K]['args']>;
export type Result<K extends HandlerName> = z.output<Api[K]['result']>;

export const HANDLER_NAMES = Object.keys(api) as HandlerName[];

export function isHandlerName(name: unknown): name is HandlerName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** What every transport is: one function from a name and its argument to the result. */
export type Invoke = <K extends HandlerName>(name: K, args: ArgsIn<K>) => Promise<Result<K>>;

/** The typed handler map a domain implements (loot-core style), given its context type. */
export type Handlers<Ctx, K extends HandlerName = HandlerName> = {
  [N in K]: (args: Args<N>, ctx: Ctx) => Result<N> | Promise<Result<N>>;
};

export type { EventName, EventPayload } from './events';
export { EVENT_NAMES } from './events';
