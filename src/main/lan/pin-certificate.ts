import { X509Certificate } from 'node:crypto';

/** Chromium's answers to a certificate verify proc: trust, or fail the request. */
export const TRUST = 0;
export const REFUSE = -2;

export interface Pin {
  hostname: string;
  /** The fingerprint the user typed, normalized (remote-address.ts). */
  fingerprint: string;
}

/** SHA-256 of a PEM certificate in the AB:CD:… form, or null when it is not one. */
export function fingerprintOfPem(pem: string): string | null {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return null;
  }
}

/**
 * The pinned connection's whole trust decision, for the remote window's certificate verify
 * proc: the colleague's host with exactly the certificate whose fingerprint the user typed
 * is trusted (self-signed as it is); any other certificate, and any other host, is refused.
 * No certificate authority is consulted: the fingerprint checked by a person is the trust.
 */
export function pinnedVerdict(
  request: { hostname: string; certificatePem: string },
  pin: Pin | null,
): typeof TRUST | typeof REFUSE {
  if (!pin) return REFUSE;
  if (bare(request.hostname) !== bare(pin.hostname)) return REFUSE;
  return fingerprintOfPem(request.certificatePem) === pin.fingerprint ? TRUST : REFUSE;
}

/** Host names compared without case and without an IPv6 address's brackets. */
function bare(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}
