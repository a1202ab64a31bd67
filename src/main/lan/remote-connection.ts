import type { LanConnection } from '../../shared/contract/domains/lan';
import { readConnection, writeConnection } from './connection-file';
import type { Pin } from './pin-certificate';
import { probeRemote } from './probe-remote';
import { normalizeFingerprint, parseRemoteAddress, type RemoteAddress } from './remote-address';

export interface RemoteTarget extends Pin {
  origin: string;
}

/**
 * 连接到同事的采编平台: which host this machine's app shows, remembered in `file`. The Electron
 * shell asks `target()` where to point its windows and with which pin; everything that
 * decides (address, fingerprint, the handshake, what a failed load means) is here, in Node.
 */
export class RemoteConnection {
  constructor(
    private readonly file: string,
    private readonly probe: (
      remote: RemoteAddress,
      fingerprint: string,
    ) => Promise<void> = probeRemote,
  ) {}

  /** The remembered connection (for the connect form), active or not. */
  remembered(): LanConnection | null {
    return readConnection(this.file);
  }

  /** Where the windows go: the colleague's host while connected, else null (this paper). */
  target(): RemoteTarget | null {
    const saved = this.remembered();
    if (!saved?.active) return null;
    const { hostname } = parseRemoteAddress(saved.origin);
    return { origin: saved.origin, hostname, fingerprint: saved.fingerprint };
  }

  /** Checks the address and the certificate, then remembers the host as the active one. */
  async connect(address: string, fingerprint: string): Promise<RemoteTarget> {
    const remote = parseRemoteAddress(address);
    const pin = normalizeFingerprint(fingerprint);
    await this.probe(remote, pin);
    writeConnection(this.file, {
      origin: remote.origin,
      fingerprint: pin,
      active: true,
      failure: null,
    });
    return { origin: remote.origin, hostname: remote.hostname, fingerprint: pin };
  }

  /** Back to this machine's paper; the address stays for next time. */
  disconnect(failure: LanConnection['failure'] = null): void {
    const saved = this.remembered();
    if (saved) writeConnection(this.file, { ...saved, active: false, failure });
  }
}

/**
 * What a failed load of the colleague's page means: Chromium's certificate errors (-200 to
 * -299, our verify proc's refusal among them) are a certificate that is not the pinned one;
 * anything else, a host that did not answer.
 */
export function loadFailure(errorCode: number): NonNullable<LanConnection['failure']> {
  return errorCode <= -200 && errorCode > -300 ? 'fingerprint-mismatch' : 'host-unreachable';
}
