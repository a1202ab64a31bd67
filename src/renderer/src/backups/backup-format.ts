// How a backup reads in the 备份与恢复 list: when, how big, why it was made.

/** A backup's time (ISO, made from local time) as local `YYYY-MM-DD HH:MM:SS`. */
export function formatBackupTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ` +
    `${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`
  );
}

/** Bytes in the unit a person reads: 812 B, 36.0 KB, 4.2 MB, 1.05 GB (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit >= 2 ? 2 : 1)} ${units[unit]}`;
}

export type BackupKind =
  | { kind: 'daily' | 'quit' | 'manual' | 'restored' }
  | { kind: 'before'; version: number }
  | { kind: 'other'; reason: string };

/** The reason in a backup's file name (daily, quit, manual, before-v7) as a kind to word. */
export function backupKind(reason: string): BackupKind {
  if (reason === 'daily' || reason === 'quit' || reason === 'manual' || reason === 'restored') {
    return { kind: reason };
  }
  const before = /^before-v(\d+)$/.exec(reason);
  if (before) return { kind: 'before', version: Number(before[1]) };
  return { kind: 'other', reason };
}
