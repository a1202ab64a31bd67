import { APP_VERSION } from '../../shared/version';
import { parseCommandLine } from './args';
import { Refusal, UsageError } from './cli-error';
import type { Command } from './command';
import { assignCommand } from './commands/assign';
import { backupCommand, restoreCommand } from './commands/backup';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { issueCommand } from './commands/issue';
import { layoutCommand } from './commands/layout';
import { pageCommand } from './commands/page';
import { preflightCommand } from './commands/preflight';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { settingsCommand } from './commands/settings';
import { storyCommand } from './commands/story';
import { templateCommand } from './commands/template';
import { userCommand } from './commands/user';
import { createCliContext } from './context';
import { guardStreams, type Output, processOutput } from './output';

/** Every command, by name; each declares its own options (commands/*.ts). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  init: initCommand,
  settings: settingsCommand,
  user: userCommand,
  backup: backupCommand,
  restore: restoreCommand,
  serve: serveCommand,
  search: searchCommand,
  story: storyCommand,
  import: importCommand,
  issue: issueCommand,
  page: pageCommand,
  assign: assignCommand,
  layout: layoutCommand,
  template: templateCommand,
  preflight: preflightCommand,
  export: exportCommand,
};

/** Runs one command line; returns the exit status (0 done, 1 refused or failed, 2 usage). */
export async function main(
  argv: readonly string[],
  output: Output = processOutput,
): Promise<number> {
  let close = () => {};
  if (output === processOutput) guardStreams();
  try {
    const { global, name, words, flags } = parseCommandLine(argv, COMMANDS);
    if (global.version) return print(output, `newsdesk ${APP_VERSION}`);
    if (!name || global.help) return print(output, help());
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command ${name}; see newsdesk --help`);
    const ctx = createCliContext(
      {
        db: global.db,
        as: global.as,
        passwordFile: global['password-file'],
        json: global.json === true,
      },
      output,
    );
    close = () => ctx.close();
    await command.run(ctx, words, flags);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(output, 2, error.message);
    if (error instanceof Refusal) return fail(output, 1, error.message);
    return fail(output, 1, `unexpected error: ${error instanceof Error ? error.message : error}`);
  } finally {
    close();
  }
}

function help(): string {
  // A long usage line gets its summary on the next line, so the summaries stay in one column.
  const lines = Object.values(COMMANDS).map((c) =>
    c.usage.length <= 46
      ? `  ${c.usage.padEnd(46)} ${c.summary}`
      : `  ${c.usage}\n  ${''.padEnd(46)} ${c.summary}`,
  );
  return [
    'usage: newsdesk [--db FILE] [--as NAME [--password-file F]] [--json] COMMAND …',
    '',
    ...lines,
    '',
    'The database is --db, else $NEWSDESK_DB, else the desktop app’s own file.',
    'Without --as, the command acts as the first admin, for whoever can write that file;',
    'with --as NAME, only with NAME’s password: --password-file F, $NEWSDESK_PASSWORD, or a prompt.',
  ].join('\n');
}

function print(output: Output, text: string): number {
  output.out(text);
  return 0;
}

function fail(output: Output, status: number, message: string): number {
  output.err(`newsdesk: ${message}`);
  return status;
}
