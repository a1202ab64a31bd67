/** Where commands write: stdout for results, stderr for messages. Swappable in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

let guarded = false;

/**
 * A closed pipe (`newsdesk story list | head -1`) ends the command quietly with the status
 * it has; a failing stderr (a log on a full disk, a closed terminal) is dropped, since there
 * is nowhere left to say so, and never stops the process (`serve` stays up).
 */
export function guardStreams(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    writeQuietly(process.stderr, `newsdesk: standard output: ${error.message}\n`);
    process.exit(1);
  });
  process.stderr.on('error', () => {});
}

function writeQuietly(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // A stream that throws at once (closed descriptor): the same as one that fails later.
  }
}

export const processOutput: Output = {
  out: (text) => {
    guardStreams();
    writeQuietly(process.stdout, `${text}\n`);
  },
  err: (text) => {
    guardStreams();
    writeQuietly(process.stderr, `${text}\n`);
  },
};
