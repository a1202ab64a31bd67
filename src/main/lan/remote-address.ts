import { ApiError, because } from '../../shared/contract';

export interface RemoteAddress {
  /** https://HOST:PORT, lower case, no path: the only origin the app then talks to. */
  origin: string;
  hostname: string;
  port: number;
}

/**
 * What a colleague types as the host's address, as `serve --lan` and the settings screen
 * print it ("https://192.168.1.20:8443/", or without the scheme): HTTPS only (passwords
 * never cross the LAN in clear), no user name, path, query or fragment.
 */
export function parseRemoteAddress(typed: string): RemoteAddress {
  const text = typed.trim();
  const refuse = () =>
    new ApiError(
      'bad-argument',
      `not an https address: ${text.slice(0, 80)}`,
      'address',
      because('bad-address', { address: text.slice(0, 80) }),
    );
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw refuse();
  }
  const pathless = url.pathname === '/' && url.search === '' && url.hash === '';
  if (url.protocol !== 'https:' || url.username || url.password || !pathless || !url.hostname) {
    throw refuse();
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { origin: url.origin, hostname, port: Number(url.port || 443) };
}

/**
 * A SHA-256 fingerprint as people copy it (colons, spaces or none; any case) in the form
 * Node and the host print: 32 upper-case hex pairs joined by colons.
 */
export function normalizeFingerprint(typed: string): string {
  const hex = typed.replace(/^sha-?256\s*[:=]?\s*/i, '').replace(/[\s:]/g, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new ApiError(
      'bad-argument',
      'a SHA-256 fingerprint is 64 hex digits',
      'fingerprint',
      because('bad-fingerprint', {}),
    );
  }
  return (hex.toUpperCase().match(/../g) ?? []).join(':');
}
