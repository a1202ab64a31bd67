import type { Desk } from '../../src/main/desk/types';
import { startHost } from '../../src/main/host/http-host';
import type { Reply } from '../../src/shared/contract';

/** A transport as the contract suite sees it: call a name as a profile, get the envelope. */
export interface TestTransport {
  call(name: string, args: unknown, actorId: number | null): Promise<Reply<unknown>>;
  close(): Promise<void>;
}

export function inProcess(desk: Desk): TestTransport {
  return {
    call: (name, args, actorId) => desk.call(name, args, { actorId }),
    close: async () => {},
  };
}

/** The HTTP host, driven with fetch exactly as the browser renderer drives it. */
export async function overHttp(desk: Desk, staticDir: string): Promise<TestTransport> {
  const host = await startHost({ desk, staticDir });
  return {
    async call(name, args, actorId) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
      };
      if (actorId !== null) headers['X-Newsdesk-As'] = String(actorId);
      const response = await fetch(`${host.origin}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(args),
      });
      return (await response.json()) as Reply<unknown>;
    },
    close: () => host.close(),
  };
}
