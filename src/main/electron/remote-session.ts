import { type Session, session } from 'electron';
import { type Pin, pinnedVerdict } from '../lan/pin-certificate';
import { guardDownloads } from './downloads';
import { lockDownSession, type SecurityOptions } from './security';

/** In memory (no `persist:`): the colleague's session cookie ends with the app. */
export const REMOTE_PARTITION = 'newsdesk-remote';

/**
 * The session a colleague's page runs in: the same lock-down as our own (no permissions, our
 * CSP on every response, so `connect-src 'self'` is that host alone; downloads only of its
 * own exports), and the pinned certificate as the only trust (pin-certificate.ts).
 */
export function remoteSession(pin: Pin, security: SecurityOptions): Session {
  const remote = session.fromPartition(REMOTE_PARTITION);
  if (!configured.has(remote)) {
    configured.add(remote);
    lockDownSession(remote, security);
    guardDownloads(remote);
  }
  // Set again for each host: a new verify proc also drops Chromium's cached verdicts.
  const verify: Parameters<Session['setCertificateVerifyProc']>[0] = (request, callback) =>
    callback(
      pinnedVerdict({ hostname: request.hostname, certificatePem: request.certificate.data }, pin),
    );
  remote.setCertificateVerifyProc(verify); // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK -- pinned fingerprint only
  // Another host, or the same one again: no cookie or open connection carries over.
  void remote.clearStorageData();
  void remote.closeAllConnections();
  return remote;
}

const configured = new WeakSet<Session>();
