import type { CliContext } from './context';

/** One CLI command: its usage line, a summary for --help, and what it does with its words. */
export interface Command {
  usage: string;
  summary: string;
  run(ctx: CliContext, words: string[], flags: Record<string, string | boolean>): Promise<void>;
}
