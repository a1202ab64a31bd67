import { UsageError } from './cli-error';

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['json', 'help', 'marks', 'version']);
/** Flags that take one value (CLI.md). */
const VALUE_FLAGS = new Set([
  'db',
  'as',
  'role',
  'port',
  'host',
  'status',
  'number',
  'pages',
  'page',
  'priority',
  'jump-to',
  'name',
  'editor',
  'designer',
  'proofreader',
  'pdf',
  'html',
  'bleed',
  'inbox',
]);

export interface ParsedArgs {
  words: string[];
  flags: Record<string, string | boolean>;
}

/** Splits argv into words and flags (`--flag value`, `--flag=value`); `--` ends the flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      words.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2));
    if (BOOLEAN_FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { words, flags };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
