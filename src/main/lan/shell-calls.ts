import { ApiError, because, type Reply, validateCall } from '../../shared/contract';
import type { LanStatus } from '../../shared/contract/domains/lan';
import type { Session } from '../desk/session';
import type { RemoteConnection, RemoteTarget } from './remote-connection';

export type ShellCall = (args: unknown, session: Session) => Promise<Reply<unknown>>;

export interface ShellCallDeps {
  /** The LAN host this app runs while `lan.share` is on. */
  lanStatus(): LanStatus;
  remote: Pick<RemoteConnection, 'remembered' | 'connect'>;
  /** Points the app's windows at the colleague's host (the Electron glue). */
  showRemote(target: RemoteTarget): void;
}

/**
 * The lan.* calls as the desktop app answers them, in main, before the desk: only the shell
 * knows its LAN host and where its windows point. Arguments are checked against the same
 * contract as every call; refusals come back as the usual envelope.
 */
export function createShellCalls(deps: ShellCallDeps): Record<string, ShellCall> {
  const guarded =
    (
      run: (args: unknown, session: Session) => unknown | Promise<unknown>,
      name: string,
    ): ShellCall =>
    async (args, session) => {
      try {
        const valid = validateCall(name, args);
        return { ok: true, result: await run(valid.args, session) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        return { ok: false, error: { code: 'internal', message: 'internal error' } };
      }
    };
  return {
    'lan.status': guarded((_args, session) => {
      if (session.actorId === null) {
        throw new ApiError('unauthorized', 'sign in first', undefined, because('no-profile', {}));
      }
      return deps.lanStatus();
    }, 'lan.status'),
    // Before anyone signs in: choosing where to sign in is the point of these two.
    'lan.connection': guarded(() => deps.remote.remembered(), 'lan.connection'),
    'lan.connect': guarded(async (args) => {
      const { address, fingerprint } = args as { address: string; fingerprint: string };
      const target = await deps.remote.connect(address, fingerprint);
      deps.showRemote(target);
      return { origin: target.origin };
    }, 'lan.connect'),
  };
}
