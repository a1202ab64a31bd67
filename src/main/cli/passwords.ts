import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { Refusal } from './cli-error';

/** A password file holds the password on its first line; the line break is not part of it. */
export function readPasswordFile(file: string, flag: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Refusal(`${flag} ${file}: cannot read it (${code})`);
  }
  const password = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (password === '') throw new Refusal(`${flag} ${file}: the first line is empty`);
  return password;
}

export interface PasswordSources {
  passwordFile: string | undefined;
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal; undefined when there is none (a script, a pipe). */
  prompt: ((question: string) => Promise<string>) | undefined;
}

/** --password-file, else NEWSDESK_PASSWORD, else a prompt on a terminal; else one clear refusal. */
export async function actingPassword(name: string, sources: PasswordSources): Promise<string> {
  if (sources.passwordFile) return readPasswordFile(sources.passwordFile, '--password-file');
  const fromEnv = sources.env.NEWSDESK_PASSWORD;
  if (fromEnv) return fromEnv;
  if (sources.prompt) return sources.prompt(`password for ${name}: `);
  throw new Refusal(
    `--as ${name} needs ${name}'s password: set NEWSDESK_PASSWORD, use --password-file FILE, or run on a terminal`,
  );
}

/** Reads one line from the terminal without echoing it. */
export function terminalPrompt(): PasswordSources['prompt'] {
  if (!process.stdin.isTTY) return undefined;
  return (question) =>
    new Promise((resolveAnswer) => {
      process.stderr.write(question);
      const silent = new Writable({ write: (_chunk, _enc, done) => done() });
      const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
      reader.question('', (answer) => {
        reader.close();
        process.stderr.write('\n');
        resolveAnswer(answer);
      });
    });
}
