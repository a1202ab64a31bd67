// A time limit for work that cannot be cancelled directly (a browser printing): on expiry
// the caller's `abandon` tears the browser down, and the caller gets one clear error.

/** Long enough for a slow machine at deadline; a 4-page issue prints in about 1.5 s. */
export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

export class PdfTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`PDF export timed out after ${timeoutMs} ms: Chromium did not finish printing`);
    this.name = 'PdfTimeoutError';
  }
}

export async function withDeadline<T>(
  work: Promise<T>,
  timeoutMs: number,
  abandon: () => unknown,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // Whatever the abandoned work throws once its browser is gone is not news.
      work.catch(() => {});
      Promise.resolve()
        .then(abandon)
        .catch(() => {})
        .finally(() => reject(new PdfTimeoutError(timeoutMs)));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
