import { z } from 'zod';
import { None } from '../wire/common';

/**
 * Sharing this paper on the LAN (the desktop app runs the same HTTPS host as `serve --lan`),
 * and connecting this machine's app to a colleague's host instead. Only the Electron shell
 * knows either; every other transport answers `unavailable`, null or `desktop-only`.
 */
export const LanState = z.enum(['unavailable', 'off', 'starting', 'on', 'failed']);
export type LanState = z.infer<typeof LanState>;

export const LanStatus = z.object({
  state: LanState,
  /** Where colleagues point their browsers (https://ADDRESS:PORT/). */
  urls: z.array(z.string()),
  /** SHA-256 of the certificate, AB:CD:…, for colleagues to compare with what they see. */
  fingerprint: z.string().nullable(),
  port: z.number().int(),
  /** Why it failed: `no-lan-address`, `port-in-use`, or `error` (details in the app's log). */
  failure: z.enum(['no-lan-address', 'port-in-use', 'error']).nullable(),
});
export type LanStatus = z.infer<typeof LanStatus>;

/** The colleague's host this machine connects to (remembered per machine, not per paper). */
export const LanConnection = z.object({
  origin: z.string(),
  fingerprint: z.string(),
  /** The app shows that host now (and does again at the next start). */
  active: z.boolean(),
  /** Why the last attempt went back to this machine's paper, if it did. */
  failure: z.enum(['fingerprint-mismatch', 'host-unreachable']).nullable(),
});
export type LanConnection = z.infer<typeof LanConnection>;

export const lanApi = {
  'lan.status': { args: None, result: LanStatus },
  'lan.connection': { args: None, result: LanConnection.nullable() },
  /** Checks the host's certificate against `fingerprint`, remembers it, and switches over. */
  'lan.connect': {
    args: z
      .object({ address: z.string().trim().min(1).max(300), fingerprint: z.string().max(200) })
      .strict(),
    result: z.object({ origin: z.string() }),
  },
} as const;
