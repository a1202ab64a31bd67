import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { HostAddress } from './http-client';

const SCRIPT = join(__dirname, 'host-process.ts');

export interface HostProcess extends HostAddress {
  child: ChildProcess;
  /** Stops it with SIGTERM (a clean close) or SIGKILL (a crash) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts an HTTP host in its own process on `dbPath`; resolves once it listens. */
export function spawnHost(dbPath: string, staticDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dbPath, staticDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      const address = JSON.parse(line) as HostAddress;
      resolve({
        ...address,
        child,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`host exited (${code}): ${stderr.trim()}`)));
  });
}
