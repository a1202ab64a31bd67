import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { LanConnection } from '../../shared/contract/domains/lan';

/**
 * The colleague's host this machine connects to, kept in the app's per-user folder (not in
 * a paper's database: it belongs to the machine, and while connected no local paper is
 * used). A missing or unreadable file is no connection.
 */
export function readConnection(file: string): LanConnection | null {
  try {
    const parsed = LanConnection.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a file. */
export function writeConnection(file: string, connection: LanConnection): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(LanConnection.parse(connection), null, 2)}\n`, {
    mode: 0o600,
  });
  renameSync(temporary, file);
}
