import type { Reply } from '../../shared/contract';
import type { Desk } from '../desk/types';
import type { ShellCall } from '../lan/shell-calls';
import { checkHandlerName, checkSender } from './ipc-guard';
import type { WindowSessions } from './window-sessions';

/** One IPC call, reduced to plain values by the Electron wiring (ipc.ts). */
export interface InvokeFacts {
  webContentsId: number;
  senderFrame: object | null;
  url: string;
}

export interface InvokeDeps {
  desk: Pick<Desk, 'call'>;
  appUrl: string;
  sessions: WindowSessions;
  /** The main frame of our window with this webContents id, or null when it is not ours. */
  ownMainFrame(webContentsId: number): object | null;
  warn(message: string): void;
  /** Calls main answers itself (lan.*: the LAN host, where the windows point), by name. */
  shellCalls?: Record<string, ShellCall>;
}

export type InvokeHandler = (
  facts: InvokeFacts,
  name: unknown,
  args: unknown,
  /** The window's tag for this call (the desk checks it; a bad one tags nothing). */
  call?: unknown,
) => Promise<Reply<unknown>>;

/**
 * The IPC transport's whole policy: check the sender, check the name, then let the desk
 * validate the argument and run the handler with this window's session.
 */
export function createInvokeHandler(deps: InvokeDeps): InvokeHandler {
  return async (facts, name, args, call) => {
    const verdict = checkSender(
      {
        senderFrame: facts.senderFrame,
        mainFrame: deps.ownMainFrame(facts.webContentsId),
        url: facts.url,
      },
      deps.appUrl,
    );
    if (!verdict.ok) {
      deps.warn(`newsdesk: IPC call dropped: ${verdict.reason}`);
      return { ok: false, error: { code: 'unauthorized', message: 'not a Newsdesk window' } };
    }
    const nameError = checkHandlerName(name);
    if (nameError) return { ok: false, error: nameError };

    const session = deps.sessions.get(facts.webContentsId);
    const shellCall = typeof name === 'string' ? deps.shellCalls?.[name] : undefined;
    if (shellCall) return shellCall(args, session);
    let reply: Reply<unknown>;
    try {
      reply = await deps.desk.call(name, args, session, call);
    } catch (error) {
      // desk.call promises never to throw; if it does anyway, the window still gets a reply.
      deps.warn(`newsdesk: desk.call threw: ${String(error)}`);
      return { ok: false, error: { code: 'internal', message: 'internal error' } };
    }
    return reply;
  };
}
