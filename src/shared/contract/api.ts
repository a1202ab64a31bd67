import type { z } from 'zod';
import { appApi } from './domains/app';
import { assetApi } from './domains/asset';
import { auditApi } from './domains/audit';
import { backupApi } from './domains/backup';
import { exportApi } from './domains/export';
import { issueApi } from './domains/issue';
import { lanApi } from './domains/lan';
import { layoutApi } from './domains/layout';
import { lockApi } from './domains/lock';
import { pageApi } from './domains/page';
import { placementApi } from './domains/placement';
import { preflightApi } from './domains/preflight';
import { profileApi } from './domains/profile';
import { revisionApi } from './domains/revision';
import { sessionApi } from './domains/session';
import { settingsApi } from './domains/settings';
import { storyApi } from './domains/story';
import { templateApi } from './domains/template';

/**
 * The whole API, declared once: handler name -> argument schema and result schema, one file
 * per domain under ./domains named after it (`story.save` is in domains/story.ts, its
 * handler in main/desk/story/). Names are domain first. Every transport (in-process, HTTP,
 * IPC) validates the argument against this map before a handler runs; the result schema
 * documents and tests the reply.
 */
export const api = {
  ...appApi,
  ...assetApi,
  ...auditApi,
  ...backupApi,
  ...exportApi,
  ...issueApi,
  ...lanApi,
  ...layoutApi,
  ...lockApi,
  ...pageApi,
  ...placementApi,
  ...preflightApi,
  ...profileApi,
  ...revisionApi,
  ...sessionApi,
  ...settingsApi,
  ...storyApi,
  ...templateApi,
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
/** How a caller marks one call: `call` tags the events it causes (contract/events.ts). */
export interface CallOptions {
  call?: string;
}
export type Invoke = <K extends HandlerName>(
  name: K,
  args: ArgsIn<K>,
  options?: CallOptions,
) => Promise<Result<K>>;

/** The typed handler map a domain implements (loot-core style), given its context type. */
export type Handlers<Ctx, K extends HandlerName = HandlerName> = {
  [N in K]: (args: Args<N>, ctx: Ctx) => Result<N> | Promise<Result<N>>;
};

export type { EventName, EventPayload } from './events';
export { CALL_HEADER, CALL_TAG, callTagOf, EVENT_NAMES } from './events';
