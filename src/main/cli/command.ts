import type { CliContext } from './context';

/** One option, as node:util parseArgs takes it: a value (`--page 3`) or a switch (`--draft`). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Given more than once, every value is kept (a list) rather than the last. */
  multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What parseArgs gives for the options a command declares (absent: not given). */
export type FlagsOf<O extends OptionSpecs> = {
  -readonly [K in keyof O]?: O[K] extends { type: 'string' }
    ? O[K] extends { multiple: true }
      ? string[]
      : string
    : O[K] extends { type: 'boolean' }
      ? O[K] extends { multiple: true }
        ? boolean[]
        : boolean
      : Flag;
};

/** Any one flag's value, for a command whose options are not known statically. */
export type Flag = string | boolean | string[] | boolean[];

/**
 * One CLI command: its usage line and summary for --help, the options it takes, and what it
 * does with its words. The global options (--db, --as, --password-file, --json) are every
 * command's and arrive in ctx.options, never in `flags`.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  usage: string;
  summary: string;
  /** Its own options; any other is refused with exit 2 before `run`. */
  options: O;
  /**
   * A command with verbs (`page set`, `page proof` …): the options each verb takes. The
   * verb is the first word; a verb not listed here gets all of `options` (and `run` refuses it).
   */
  verbs?: Readonly<Record<string, readonly string[]>>;
  run(ctx: CliContext, words: string[], flags: FlagsOf<O>): Promise<void>;
}

/** Declares a command, typing `run`'s flags from its `options` (and its verbs' from them too). */
export function defineCommand<const O extends OptionSpecs>(
  command: Command<O> & { verbs?: Readonly<Record<string, readonly (keyof O & string)[]>> },
): Command<O> {
  return command;
}
