import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as browsers show it (AB:CD:…), for people to compare. */
  fingerprint: string;
  /** Where it came from: the paper's files, or generated on first use (and where it is kept). */
  source: string;
}

/** Reads the certificate and key the paper provides (`serve --cert F --key F`). */
export function readCertificate(certFile: string, keyFile: string): Certificate {
  const read = (file: string, flag: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${flag} ${file}: cannot read it (${(error as NodeJS.ErrnoException).code})`);
    }
  };
  const cert = read(certFile, '--cert');
  return {
    cert,
    key: read(keyFile, '--key'),
    fingerprint: fingerprintOf(cert, certFile),
    source: certFile,
  };
}

/**
 * The self-signed certificate kept beside the database (`<db>.cert.pem`, `<db>.key.pem`, the
 * key readable by its owner only), generated on first use for the given address. The same
 * certificate on every start, so people check its fingerprint once.
 */
export async function selfSignedBeside(dbPath: string, address: string): Promise<Certificate> {
  const certFile = `${dbPath}.cert.pem`;
  const keyFile = `${dbPath}.key.pem`;
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    const { generate } = await import('selfsigned');
    const pems = await generate([{ name: 'commonName', value: `Newsdesk ${address}` }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 5 * 365 * 86_400_000),
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: address },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    } as Parameters<typeof generate>[1]);
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  return { ...readCertificate(certFile, keyFile), source: join(certFile) };
}

function fingerprintOf(cert: string, file: string): string {
  try {
    return new X509Certificate(cert).fingerprint256;
  } catch {
    throw new Error(`${file}: not a PEM certificate`);
  }
}
