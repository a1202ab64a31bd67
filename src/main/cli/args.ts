// The command line through node:util parseArgs (strict, with positionals). Every command
// declares its own options (commands/*.ts); the global ones below go anywhere, before or
// after the command's name, and the command's own go after it. A flag the command (or its
// verb) does not take is refused with exit 2 naming both, as is a value left out.

import { parseArgs } from 'node:util';
import { UsageError } from './cli-error';
import type { Command, Flag, FlagsOf, OptionSpecs } from './command';

/** Options of every command (CLI.md, Conventions). */
export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  as: { type: 'string' },
  'password-file': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const satisfies OptionSpecs;

export type GlobalFlags = FlagsOf<typeof GLOBAL_OPTIONS>;

type Values = Record<string, Flag | undefined>;

export interface CommandLine {
  global: GlobalFlags;
  /** The first word: the command's name (not necessarily a known one); none for bare flags. */
  name?: string;
  /** The words after the name (a verb first, for a command with verbs). */
  words: string[];
  /** The command's own options that were given. */
  flags: Values;
}

/** Splits argv into the global options, the command's name, its words and its own options. */
export function parseCommandLine(
  argv: readonly string[],
  commands: Readonly<Record<string, Command>>,
): CommandLine {
  const refuse = refuser(commands);
  const name = commandName(argv, refuse);
  const command =
    name === undefined ? undefined : Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (name === undefined || command === undefined) {
    // No command: only the global options. An unknown command: main says so, unless --help.
    const values =
      name === undefined
        ? strict(argv, GLOBAL_OPTIONS, undefined, refuse).values
        : loose(argv, GLOBAL_OPTIONS).values;
    return { global: pickGlobal(values), name, words: [], flags: {} };
  }
  const verb = command.verbs ? verbOf(argv, command) : undefined;
  const own = verb === undefined ? command.options : only(command.options, command.verbs?.[verb]);
  const label = verb === undefined ? name : `${name} ${verb}`;
  const { values, positionals } = strict(argv, { ...GLOBAL_OPTIONS, ...own }, label, refuse);
  const flags: Values = {};
  for (const key of Object.keys(own)) if (values[key] !== undefined) flags[key] = values[key];
  return { global: pickGlobal(values), name, words: positionals.slice(1), flags };
}

/** The first word, after the global options only: a command's own options follow its name. */
function commandName(argv: readonly string[], refuse: Refuse): string | undefined {
  for (const token of loose(argv, GLOBAL_OPTIONS).tokens) {
    if (token.kind === 'positional') return token.value;
    if (token.kind === 'option' && !Object.hasOwn(GLOBAL_OPTIONS, token.name)) {
      throw refuse.beforeCommand(token.rawName, token.name);
    }
  }
  return undefined;
}

/** A command's verb: its first word (the parse is checked strictly once the verb is known). */
function verbOf(argv: readonly string[], command: Command): string | undefined {
  const { positionals } = loose(argv, { ...GLOBAL_OPTIONS, ...command.options });
  const verb = positionals[1];
  return verb !== undefined && command.verbs && Object.hasOwn(command.verbs, verb)
    ? verb
    : undefined;
}

function only(options: OptionSpecs, names: readonly string[] = []): OptionSpecs {
  return Object.fromEntries(Object.entries(options).filter(([key]) => names.includes(key)));
}

function pickGlobal(values: Values): GlobalFlags {
  const global: Values = {};
  for (const key of Object.keys(GLOBAL_OPTIONS)) {
    if (values[key] !== undefined) global[key] = values[key];
  }
  return global as GlobalFlags;
}

/** Lenient: an unknown flag is a switch and a value may start with -; for finding words. */
function loose(argv: readonly string[], options: OptionSpecs) {
  const parsed = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return {
    values: parsed.values as Values,
    positionals: parsed.positionals,
    tokens: parsed.tokens ?? [],
  };
}

/**
 * parseArgs in strict mode. Its refusal is read again from the tokens of a lenient parse, so
 * the one line names the flag and the command rather than repeating Node's paragraph.
 */
function strict(
  argv: readonly string[],
  options: OptionSpecs,
  label: string | undefined,
  refuse: Refuse,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    for (const token of loose(argv, options).tokens) {
      if (token.kind !== 'option') continue;
      const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
      if (spec === undefined) throw refuse.unknown(token.rawName, token.name, label);
      const flag = token.rawName;
      const where = label === undefined ? '' : ` for ${label}`;
      if (spec.type === 'boolean' && token.inlineValue) {
        throw new UsageError(`${flag} takes no value${where}`);
      }
      if (spec.type === 'string' && token.value === undefined) {
        throw new UsageError(`${flag} needs a value${where}`);
      }
      // As parseArgs: a value that looks like an option (not a lone -) is ambiguous.
      const dashed = token.value !== undefined && token.value.length > 1 && token.value[0] === '-';
      if (spec.type === 'string' && !token.inlineValue && dashed) {
        throw new UsageError(
          `${flag} needs a value${where} (one starting with - is written ${flag}=${token.value})`,
        );
      }
    }
    throw new UsageError((error instanceof Error ? error.message : String(error)).split('\n')[0]);
  }
}

interface Refuse {
  /** A flag the command (or its verb) does not take. */
  unknown(flag: string, name: string, label: string | undefined): UsageError;
  /** A command's own flag written before the command's name. */
  beforeCommand(flag: string, name: string): UsageError;
}

function refuser(commands: Readonly<Record<string, Command>>): Refuse {
  const takers = (name: string) =>
    Object.entries(commands)
      .filter(([, c]) => Object.hasOwn(c.options, name))
      .map(([commandName]) => commandName);
  const someCommandTakes = (name: string) => takers(name).length > 0;
  return {
    unknown(flag, name, label) {
      if (label === undefined) return new UsageError(`unknown option ${flag}`);
      // Another command's flag is misplaced; anything else is a typo or a guess.
      return new UsageError(
        someCommandTakes(name)
          ? `${flag} does not apply to ${label}`
          : `unknown option ${flag} for ${label}`,
      );
    },
    beforeCommand(flag, name) {
      return new UsageError(
        someCommandTakes(name)
          ? `${flag} goes after the command it belongs to (${takers(name).join(', ')})`
          : `unknown option ${flag}`,
      );
    },
  };
}
