import { ApiError, because, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requireActor } from '../context';

/**
 * The LAN calls as every transport but Electron answers them: the desk itself shares
 * nothing and connects nowhere. The Electron shell answers these names itself
 * (main/electron/shell-calls.ts) before they reach the desk.
 */
export const lanHandlers: Handlers<
  HandlerContext,
  'lan.status' | 'lan.connection' | 'lan.connect'
> = {
  'lan.status': (_args, ctx) => {
    requireActor(ctx);
    return { state: 'unavailable', urls: [], fingerprint: null, port: 0, failure: null };
  },
  'lan.connection': () => null,
  'lan.connect': () => {
    throw new ApiError(
      'refused',
      'only the desktop app connects to a colleague’s Newsdesk',
      undefined,
      because('desktop-only', {}),
    );
  },
};
