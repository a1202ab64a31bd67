import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ArgsIn, HandlerName, Result } from '../../shared/contract';
import type { SignedIn } from '../../shared/contract/domains/session';
import type { Profile } from '../../shared/model/profile';
import { openDesk } from '../desk/open-desk';
import type { Session } from '../desk/session';
import type { Desk } from '../desk/types';
import { defaultDbPath } from '../paths';
import { StoreError } from '../store/store-error';
import { Refusal } from './cli-error';
import type { Output } from './output';
import { actingPassword, terminalPrompt } from './passwords';

export interface GlobalOptions {
  db?: string;
  as?: string;
  /** --password-file: the --as profile's password on the first line. */
  passwordFile?: string;
  json: boolean;
}

export interface CliContext {
  options: GlobalOptions;
  output: Output;
  dbPath: string;
  /** Opens the desk on first use, acting as --as (or the first admin). */
  desk(): Desk;
  actor(): Promise<Profile>;
  /** The --as password once checked (a self-service password change needs it again). */
  password(): string | undefined;
  /** True when acting without --as: as whoever can write the database file. */
  asDatabaseFile(): boolean;
  /** Calls a handler in-process; a refusal becomes a Refusal with the API's message. */
  call<K extends HandlerName>(name: K, args: ArgsIn<K>): Promise<Result<K>>;
  /** Prints a result: JSON with --json, else the text lines. */
  print(json: unknown, text: () => string[]): void;
  close(): void;
}

/** Picks the database: --db, then NEWSDESK_DB, then the desktop app's own per-user file. */
export function resolveDbPath(options: GlobalOptions, env = process.env): string {
  if (options.db) return resolve(options.db);
  if (env.NEWSDESK_DB) return resolve(env.NEWSDESK_DB);
  const path = defaultDbPath();
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

export function createCliContext(options: GlobalOptions, output: Output): CliContext {
  const dbPath = resolveDbPath(options);
  let desk: Desk | undefined;
  let actor: Profile | undefined;
  let password: string | undefined;
  const session: Session = { actorId: null, from: 'cli' };

  const ctx: CliContext = {
    options,
    output,
    dbPath,
    desk() {
      if (!desk) {
        try {
          // The refusal is the one line a person sees; the stack only when asked for.
          desk = openDesk({ dbPath, log: process.env.NEWSDESK_DEBUG ? undefined : () => {} });
        } catch (error) {
          if (error instanceof StoreError) throw new Refusal(error.message);
          throw error;
        }
      }
      return desk;
    },
    async actor() {
      if (!actor) {
        const signed = await signIn(ctx, session);
        actor = signed.profile;
        password = signed.password;
      }
      return actor;
    },
    password: () => password,
    asDatabaseFile: () => session.databaseFile === true,
    async call(name, args) {
      await ctx.actor();
      const reply = await ctx.desk().call(name, args, session);
      if (!reply.ok) throw new Refusal(reply.error.message);
      return reply.result as Result<typeof name>;
    },
    print(json, text) {
      if (options.json) output.out(JSON.stringify(json, null, 2));
      else for (const line of text()) output.out(line);
    },
    close() {
      desk?.close();
    },
  };
  return ctx;
}

/**
 * Who the command acts as. With --as NAME: that person, only with their password. Without:
 * the first admin, for whoever can write the database file itself, with no password (that
 * person can change the file at will anyway; the same test as `user passwd --recover`).
 */
async function signIn(
  ctx: CliContext,
  session: Session,
): Promise<{ profile: Profile; password?: string }> {
  const desk = ctx.desk();
  const wanted = ctx.options.as;
  if (!wanted) {
    const admin = desk.people.firstAdmin();
    if (!admin) throw new Refusal('no admin profile to act as; use --as NAME');
    assertWritable(ctx.dbPath);
    session.actorId = admin.id;
    session.databaseFile = true;
    return { profile: admin };
  }
  if (!desk.people.byName(wanted)) throw new Refusal(`--as ${wanted}: no such profile`);
  const password = await actingPassword(wanted, {
    passwordFile: ctx.options.passwordFile,
    env: process.env,
    prompt: terminalPrompt(),
  });
  const reply = await desk.call('session.login', { name: wanted, password }, session);
  if (!reply.ok) throw new Refusal(`--as ${wanted}: ${reply.error.message}`);
  return { profile: (reply.result as SignedIn).profile, password };
}

function assertWritable(dbPath: string): void {
  try {
    accessSync(dbPath, constants.W_OK);
  } catch {
    throw new Refusal(`${dbPath}: not writable by you; act --as NAME with that person's password`);
  }
}
