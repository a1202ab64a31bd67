import { isLoopback } from '../host/http-host';
import { type Certificate, readCertificate, selfSignedBeside } from './certificate';
import { lanAddress as machineLanAddress } from './lan-address';

export interface ServeRequest {
  lan: boolean;
  host?: string;
  cert?: string;
  key?: string;
  dbPath: string;
  /** Finds the machine's LAN address (tests inject a loopback one). */
  lanAddress?: () => string | undefined;
}

export interface ServePlan {
  host: string;
  certificate?: Certificate;
}

/**
 * Where `newsdesk serve` listens and with which certificate: loopback over plain HTTP by
 * default; with --lan the machine's LAN address, always over TLS, with the paper's
 * certificate (--cert/--key) or one generated on first use and kept beside the database.
 * Anything that is not loopback gets TLS: passwords never cross the LAN in clear.
 */
export async function planServe(request: ServeRequest): Promise<ServePlan> {
  if (request.lan && request.host) throw new Error('use --lan or --host, not both');
  if ((request.cert === undefined) !== (request.key === undefined)) {
    throw new Error('--cert and --key go together');
  }
  const host = request.lan
    ? (request.lanAddress ?? machineLanAddress)()
    : (request.host ?? '127.0.0.1');
  if (!host) throw new Error('no LAN address found on this machine; name one with --host');
  if (request.cert && request.key) {
    return { host, certificate: readCertificate(request.cert, request.key) };
  }
  if (request.lan || !isLoopback(host)) {
    return { host, certificate: await selfSignedBeside(request.dbPath, host) };
  }
  return { host };
}
