import { main } from '../../src/main/cli/main';

/** Runs one `newsdesk` command line in-process and captures what it prints. */
export async function runCli(
  ...argv: string[]
): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}
