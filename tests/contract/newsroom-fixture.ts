import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { type ApiErrorBody, api, type HandlerName, type Result } from '../../src/shared/contract';
import { tempDir } from '../support/temp-db';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from '../support/test-password';
import { inProcess, overHttp, type TestTransport } from './transports';

type Maker = (desk: Desk, dir: string) => Promise<TestTransport>;
export const TRANSPORTS: [string, Maker][] = [
  ['in-process', async (desk) => inProcess(desk)],
  ['http', (desk, dir) => overHttp(desk, dir)],
];

/**
 * A newsroom of one of each role, over a fresh database and one transport. Every profile's
 * password is TEST_PASSWORD; over HTTP each signs in once, before the test runs.
 */
export interface Newsroom {
  dbPath: string;
  admin: number;
  reporter: number;
  otherReporter: number;
  editor: number;
  chief: number;
  /** Calls and expects success; the result must match the contract's result schema. */
  ok<K extends HandlerName>(name: K, args: unknown, actor: number): Promise<Result<K>>;
  /** Calls and expects a refusal; returns its code, English message and field. */
  refused(name: HandlerName, args: unknown, actor: number): Promise<ApiErrorBody>;
  /** Calls and expects a refusal; returns the whole body with its reason and params. */
  refusedWhy(name: HandlerName, args: unknown, actor: number): Promise<ApiErrorBody>;
  /** Row counts of every table a refused call must leave untouched. */
  counts(): Record<string, number>;
  /** Reads the database directly (a second, read-only connection). */
  query<T>(sql: string, ...params: unknown[]): T[];
}

const TABLES = [
  'profiles',
  'stories',
  'story_revisions',
  'audit',
  'story_locks',
  'story_lock_breaks',
];

/** Registers beforeEach/afterEach for a describe block and returns the live newsroom. */
export function useNewsroom(make: Maker): Newsroom {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let t: TestTransport;
  const room = {} as Newsroom;

  room.ok = async (name, args, actor) => {
    const reply = await t.call(name, args, actor);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    return api[name].result.parse(reply.result) as Result<typeof name>;
  };
  room.refusedWhy = async (name, args, actor) => {
    const reply = await t.call(name, args, actor);
    expect(reply.ok, `${name} ${JSON.stringify(args)} should be refused`).toBe(false);
    if (reply.ok) throw new Error('unreachable');
    return reply.error;
  };
  room.refused = async (name, args, actor) => {
    const { reason: _reason, params: _params, ...body } = await room.refusedWhy(name, args, actor);
    return body;
  };
  room.query = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new Database(room.dbPath, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  room.counts = () =>
    Object.fromEntries(
      TABLES.map((table) => [
        table,
        room.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]?.n ?? -1,
      ]),
    );

  beforeEach(async () => {
    temp = tempDir();
    room.dbPath = join(temp.dir, 'desk.sqlite');
    desk = openDesk({ dbPath: room.dbPath, passwordCost: TEST_PASSWORD_COST });
    room.admin = 1;
    await desk.call('profile.setPassword', { id: 1, password: TEST_PASSWORD }, { actorId: 1 });
    t = await make(desk, temp.dir);
    const add = async (name: string, role: string) =>
      (await room.ok('profile.create', { name, role, password: TEST_PASSWORD }, room.admin)).id;
    room.reporter = await add('王小明', 'reporter');
    room.otherReporter = await add('李娜', 'reporter');
    room.editor = await add('张编辑', 'editor');
    room.chief = await add('刘主编', 'chief');
    // Everyone signs in now (over HTTP), so a test's row counts never include a sign-in.
    for (const id of [room.reporter, room.otherReporter, room.editor, room.chief]) {
      await room.ok('session.me', {}, id);
    }
  });
  afterEach(async () => {
    await t.close();
    desk.close();
    temp.cleanup();
  });
  return room;
}
