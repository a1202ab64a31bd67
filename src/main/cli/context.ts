import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ArgsIn, HandlerName, Result } from '../../shared/contract';
import type { Profile } from '../../shared/model/profile';
import { openDesk } from '../desk/open-desk';
import type { Session } from '../desk/session';
import type { Desk } from '../desk/types';
import { defaultDbPath } from '../paths';
import { StoreError } from '../store/store-error';
import { Refusal } from './cli-error';
import type { Output } from './output';

export interface GlobalOptions {
  db?: string;
  as?: string;
  json: boolean;
}

export interface CliContext {
  options: GlobalOptions;
  output: Output;
  dbPath: string;
  /** Opens the desk on first use, acting as --as (or the first admin). */
  desk(): Desk;
  actor(): Promise<Profile>;
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
  const session: Session = { actorId: null };

  const ctx: CliContext = {
    options,
    output,
    dbPath,
    desk() {
      if (!desk) {
        try {
          desk = openDesk({ dbPath });
        } catch (error) {
          if (error instanceof StoreError) throw new Refusal(error.message);
          throw error;
        }
      }
      return desk;
    },
    async actor() {
      if (!actor) actor = await pickActor(ctx, session);
      return actor;
    },
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

async function pickActor(ctx: CliContext, session: Session): Promise<Profile> {
  const reply = await ctx.desk().call('profile.list', {}, { actorId: null });
  if (!reply.ok) throw new Refusal(reply.error.message);
  const profiles = reply.result as Profile[];
  const wanted = ctx.options.as;
  const profile = wanted
    ? profiles.find((p) => p.name === wanted)
    : profiles.find((p) => p.role === 'admin');
  if (!profile) {
    throw new Refusal(
      wanted ? `--as ${wanted}: no such profile` : 'no admin profile to act as; use --as NAME',
    );
  }
  session.actorId = profile.id;
  return profile;
}
