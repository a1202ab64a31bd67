import { connect } from 'node:tls';
import { ApiError, because } from '../../shared/contract';
import type { RemoteAddress } from './remote-address';

/**
 * Before the app switches over, it shakes hands with the colleague's host once from Node and
 * compares the certificate with the fingerprint the user typed: a wrong one is refused with
 * the fingerprint actually seen (to read out to the colleague), a host that does not answer
 * is named. The window's own requests are then held to the same pin (pin-certificate.ts).
 */
export function probeRemote(
  remote: RemoteAddress,
  fingerprint: string,
  timeoutMs = 5000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const unreachable = () =>
      new ApiError(
        'refused',
        `cannot reach ${remote.origin}`,
        'address',
        because('host-unreachable', { origin: remote.origin }),
      );
    const socket = connect({
      host: remote.hostname,
      port: remote.port,
      // Self-signed on purpose: the fingerprint below is the check, not a certificate authority.
      rejectUnauthorized: false,
      ...(isIpAddress(remote.hostname) ? {} : { servername: remote.hostname }),
      timeout: timeoutMs,
    });
    socket.once('secureConnect', () => {
      const actual = socket.getPeerCertificate().fingerprint256 ?? '';
      socket.end();
      if (actual === fingerprint) return resolve();
      reject(
        new ApiError(
          'refused',
          `the certificate of ${remote.origin} is ${actual}, not ${fingerprint}`,
          'fingerprint',
          because('fingerprint-mismatch', { origin: remote.origin, expected: fingerprint, actual }),
        ),
      );
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(unreachable());
    });
    socket.once('error', () => reject(unreachable()));
  });
}

function isIpAddress(hostname: string): boolean {
  return /^[\d.]+$/.test(hostname) || hostname.includes(':');
}
