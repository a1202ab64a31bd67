import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startInbox } from '../../import/inbox';
import { watchInboxSetting } from '../../import/settings-inbox';
import { APP_ROOT, RENDERER_DIR } from '../../paths';
import { planServe } from '../../serve/serve-plan';
import { startServing } from '../../serve/start-serving';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';
import type { CliContext } from '../context';

export const serveCommand = defineCommand({
  usage: 'serve [--port P] [--lan | --host ADDR] [--cert F --key F] [--inbox DIR]',
  summary: 'serves the app to browsers; people sign in; prints the URL',
  options: {
    port: { type: 'string' },
    lan: { type: 'boolean' },
    host: { type: 'string' },
    cert: { type: 'string' },
    key: { type: 'string' },
    inbox: { type: 'string' },
  },
  async run(ctx, words, flags) {
    if (words.length) throw new UsageError(`usage: newsdesk ${serveCommand.usage}`);
    const port = flags.port === undefined ? 0 : Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535 (got ${String(flags.port)})`);
    }
    const plan = await planServe({
      lan: flags.lan === true,
      host: flags.host,
      cert: flags.cert,
      key: flags.key,
      dbPath: ctx.dbPath,
    }).catch((error: Error) => {
      throw new Refusal(error.message);
    });
    const { host, certificate } = plan;
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) buildOnce(ctx.output.err);
    const oneTimePassword = await firstAdminPassword(ctx);
    const running = await startServing(plan, { desk: ctx.desk(), staticDir: RENDERER_DIR, port });
    const fingerprint = certificate?.fingerprint;
    ctx.print({ url: running.url, db: ctx.dbPath, oneTimePassword, fingerprint }, () => [
      running.url,
      ...(certificate
        ? [
            `certificate SHA-256: ${certificate.fingerprint} (${certificate.source}); people check it in their browser`,
          ]
        : []),
      ...(oneTimePassword
        ? [`one-time password for admin: ${oneTimePassword} (change it at the first sign-in)`]
        : []),
    ]);
    // --inbox DIR for this run; without it, the folder the import.inbox setting names.
    if (typeof flags.inbox === 'string')
      await startInbox({ dir: flags.inbox, desk: ctx.desk(), log: ctx.output.err });
    else watchInboxSetting(ctx.desk(), ctx.output.err);
    if (running.exposed) {
      ctx.output.err(`newsdesk: serving on ${host}: anyone on this network may try to sign in`);
    }
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        void running.close().then(resolveStop);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});

/** A new paper's admin has no password yet: serving it gives one, printed once (as init does). */
async function firstAdminPassword(ctx: CliContext): Promise<string | undefined> {
  const admin = ctx.desk().people.firstAdmin();
  if (!admin || ctx.desk().people.hasPassword(admin.id)) return undefined;
  return (await ctx.call('profile.setPassword', { id: admin.id })).oneTimePassword;
}

/** First serve after `npm install`: build the renderer once, so no separate step is needed. */
function buildOnce(say: (line: string) => void): void {
  say('newsdesk: building the app once (npm run build)…');
  const bin = join(APP_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: APP_ROOT, stdio: 'ignore' });
  if (result.status !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Refusal(`${RENDERER_DIR}: building the app failed; run npm run build to see why`);
  }
}
