import type { LanStatus } from '../../shared/contract/domains/lan';
import type { Desk } from '../desk/types';
import { planServe } from '../serve/serve-plan';
import { type Serving, startServing } from '../serve/start-serving';

export interface LanShareOptions {
  desk: Desk;
  /** The built renderer the host serves (the app's own out/renderer). */
  staticDir: string;
  log: (line: string) => void;
  /** Finds the machine's LAN address (tests inject one); default: as `serve --lan`. */
  lanAddress?: () => string | undefined;
}

export interface LanShare {
  status(): LanStatus;
  /** Resolves once the host follows the latest settings (tests; the settings screen). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

type Wanted = { share: boolean; port: number };

/**
 * 在局域网共享本报: while the paper's `lan.share` setting is on, this machine serves the paper
 * exactly as `newsdesk serve --lan` does (planServe + startServing on the same desk): the LAN
 * address over HTTPS, the paper's certificate or the self-signed one kept beside the
 * database, on `lan.port`. It follows the settings as an admin changes them, like the inbox.
 */
export function startLanShare(options: LanShareOptions): LanShare {
  const { desk } = options;
  let running: Serving | null = null;
  let runningPort = 0;
  let status: LanStatus = offStatus(desk.settings()['lan.port']);
  let closed = false;
  let chain: Promise<void> = Promise.resolve();

  const stop = async () => {
    const host = running;
    running = null;
    if (host) {
      await host.close();
      options.log(`newsdesk: LAN sharing stopped (${host.url})`);
    }
  };

  const follow = async () => {
    const wanted = closed ? { share: false, port: 0 } : readWanted(desk);
    if (running && wanted.share && wanted.port === runningPort) return;
    await stop();
    if (!wanted.share) {
      status = offStatus(wanted.port);
      return;
    }
    status = { ...offStatus(wanted.port), state: 'starting' };
    try {
      const plan = await planServe({
        lan: true,
        dbPath: desk.dbPath,
        ...(options.lanAddress ? { lanAddress: options.lanAddress } : {}),
      });
      const host = await startServing(plan, {
        desk,
        staticDir: options.staticDir,
        port: wanted.port,
      });
      running = host;
      runningPort = wanted.port;
      const fingerprint = plan.certificate?.fingerprint ?? null;
      status = { state: 'on', urls: [host.url], fingerprint, port: wanted.port, failure: null };
      options.log(
        `newsdesk: sharing on the LAN at ${host.url} (certificate SHA-256 ${fingerprint})`,
      );
    } catch (error) {
      status = { ...offStatus(wanted.port), state: 'failed', failure: failureOf(error) };
      options.log(`newsdesk: LAN sharing failed: ${messageOf(error)}`);
    }
  };
  const refresh = () => {
    chain = chain.then(follow, follow);
  };
  const unsubscribe = desk.subscribe((event) => {
    if (event === 'settings.changed') refresh();
  });
  refresh();

  return {
    status: () => status,
    settled: () => chain,
    async close() {
      closed = true;
      unsubscribe();
      refresh();
      await chain;
    },
  };
}

function readWanted(desk: Desk): Wanted {
  const settings = desk.settings();
  return { share: settings['lan.share'] === 'on', port: settings['lan.port'] };
}

function offStatus(port: number): LanStatus {
  return { state: 'off', urls: [], fingerprint: null, port, failure: null };
}

/** What the settings screen can word: no network, a port someone else holds, or the log. */
export function failureOf(error: unknown): LanStatus['failure'] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE' || code === 'EACCES') return 'port-in-use';
  if (messageOf(error).startsWith('no LAN address')) return 'no-lan-address';
  return 'error';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
