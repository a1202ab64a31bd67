/** A refusal to open or change the store, with one line a person can act on. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** One line a person can act on, from SQLite's or the file system's error code. */
export function describeFault(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const c = typeof code === 'string' ? code : '';
  if (c === 'SQLITE_FULL' || c === 'ENOSPC') return 'the disk is full';
  if (['EACCES', 'EPERM', 'EROFS'].includes(c) || c.startsWith('SQLITE_READONLY'))
    return 'the folder or file is read-only';
  if (c.startsWith('SQLITE_CANTOPEN'))
    return 'cannot open or create the file there (read-only or missing folder?)';
  if (c.startsWith('SQLITE_BUSY')) return 'the database is busy; try again';
  if (c === 'ENOENT') return 'no such file or folder';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
