import { main } from '../../src/main/cli/main';
import { TEST_PASSWORD, testPasswordFile } from './test-password';

/**
 * Runs one `newsdesk` command line in-process and captures what it prints. Like a newsroom
 * script, it acts with the test password: NEWSDESK_PASSWORD is TEST_PASSWORD unless the test
 * set its own, and `init` / `user add` without a password file get TEST_PASSWORD's file, so
 * every profile a test makes can act `--as` itself.
 */
export async function runCli(
  ...argv: string[]
): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = process.env.NEWSDESK_PASSWORD;
  if (saved === undefined) process.env.NEWSDESK_PASSWORD = TEST_PASSWORD;
  try {
    const status = await main(withTestPasswords(argv), {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    return { status, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.NEWSDESK_PASSWORD;
  }
}

function withTestPasswords(argv: string[]): string[] {
  const has = (flag: string) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  const command = commandWords(argv);
  if (command[0] === 'init' && !has('--password-file')) {
    return [...argv, '--password-file', testPasswordFile()];
  }
  if (command[0] === 'user' && command[1] === 'add' && !has('--new-password-file')) {
    return [...argv, '--new-password-file', testPasswordFile()];
  }
  return argv;
}

/** The command's words: argv without the global flags and their values. */
function commandWords(argv: string[]): string[] {
  const valued = new Set(['--db', '--as', '--password-file']);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (valued.has(arg)) i++;
    else if (!arg.startsWith('--')) out.push(arg);
  }
  return out;
}
