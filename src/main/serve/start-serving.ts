// The HTTP host on a planned address (serve-plan.ts): what `newsdesk serve` and the app's LAN
// sharing (lan/lan-share.ts, for the shell) start. They start it here rather than from
// src/main/host, so the CLI, the shell and the host never import each other.

import type { Desk } from '../desk/types';
import { isLoopback, startHost } from '../host/http-host';
import type { ServePlan } from './serve-plan';

export interface Serving {
  /** Where to point a browser: the sign-in page. */
  url: string;
  /** Not on loopback: anyone on the network may try to sign in. */
  exposed: boolean;
  close(): Promise<void>;
}

export async function startServing(
  plan: ServePlan,
  options: { desk: Desk; staticDir: string; port: number },
): Promise<Serving> {
  const running = await startHost({
    desk: options.desk,
    staticDir: options.staticDir,
    port: options.port,
    host: plan.host,
    tls: plan.certificate,
  });
  return { url: running.url, exposed: !isLoopback(plan.host), close: () => running.close() };
}
