import { ApiError } from '../../shared/contract';

/** What a person reads when another process holds the file too long: retry, nothing is lost. */
export const BUSY_MESSAGE = '正忙，请重试 (the database is busy with another writer; try again)';

/** How long a connection waits for another process's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * SQLITE_BUSY (another connection holds the write lock past busy_timeout) and its variants,
 * SQLITE_LOCKED (a table lock inside this connection's cache): both mean "try again".
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export function busyError(): ApiError {
  return new ApiError('busy', BUSY_MESSAGE);
}
