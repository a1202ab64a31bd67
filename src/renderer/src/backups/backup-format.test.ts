import { describe, expect, it } from 'vitest';
import { backupKind, formatBackupTime, formatBytes } from './backup-format';

describe('how a backup reads in the list', () => {
  it('shows the local time to the second', () => {
    const at = new Date(2026, 11, 4, 18, 30, 5).toISOString();
    expect(formatBackupTime(at)).toBe('2026-12-04 18:30:05');
    expect(formatBackupTime('not a date')).toBe('not a date');
  });

  it('shows sizes in B, KB, MB and GB', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(36_864)).toBe('36.0 KB');
    expect(formatBytes(4_404_019)).toBe('4.2 MB');
    expect(formatBytes(1_127_428_915)).toBe('1.05 GB');
  });

  it('reads the kind from the name’s reason', () => {
    expect(backupKind('daily')).toEqual({ kind: 'daily' });
    expect(backupKind('quit')).toEqual({ kind: 'quit' });
    expect(backupKind('manual')).toEqual({ kind: 'manual' });
    expect(backupKind('before-v7')).toEqual({ kind: 'before', version: 7 });
    expect(backupKind('odd-one')).toEqual({ kind: 'other', reason: 'odd-one' });
  });
});
