import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHost } from '../../host/http-host';
import { startInbox } from '../../import/inbox';
import { watchInboxSetting } from '../../import/settings-inbox';
import { APP_ROOT, RENDERER_DIR } from '../../paths';
import { Refusal, UsageError } from '../cli-error';
import type { Command } from '../command';

export const serveCommand: Command = {
  usage: 'serve [--port P] [--host 127.0.0.1] [--inbox DIR]',
  summary: 'serves the app to a browser; prints the URL with its access token',
  async run(ctx, words, flags) {
    if (words.length) throw new UsageError(`usage: newsdesk ${serveCommand.usage}`);
    const port = flags.port === undefined ? 0 : Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535 (got ${String(flags.port)})`);
    }
    const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) buildOnce(ctx.output.err);
    const running = await startHost({ desk: ctx.desk(), staticDir: RENDERER_DIR, port, host });
    ctx.print({ url: running.url, token: running.token, db: ctx.dbPath }, () => [running.url]);
    // --inbox DIR for this run; without it, the folder the import.inbox setting names.
    if (typeof flags.inbox === 'string')
      await startInbox({ dir: flags.inbox, desk: ctx.desk(), log: ctx.output.err });
    else watchInboxSetting(ctx.desk(), ctx.output.err);
    if (!/^(127\.|localhost$|::1$)/.test(host)) {
      ctx.output.err(`newsdesk: serving on ${host}: anyone with the URL and token can work here`);
    }
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        void running.close().then(resolveStop);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

/** First serve after `npm install`: build the renderer once, so no separate step is needed. */
function buildOnce(say: (line: string) => void): void {
  say('newsdesk: building the app once (npm run build)…');
  const bin = join(APP_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: APP_ROOT, stdio: 'ignore' });
  if (result.status !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Refusal(`${RENDERER_DIR}: building the app failed; run npm run build to see why`);
  }
}
