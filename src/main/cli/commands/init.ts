import type { Command } from '../command';

export const initCommand: Command = {
  usage: 'init',
  summary: 'creates or opens the database; prints its path and schema version',
  async run(ctx) {
    const info = await ctx.call('app.info', {});
    const profiles = await ctx.call('profile.list', {});
    ctx.print({ ...info, profiles: profiles.length }, () => [
      `database: ${info.dbPath}`,
      `schema version: ${info.schemaVersion}`,
      `profiles: ${profiles.map((p) => `${p.name} (${p.role})`).join(', ')}`,
    ]);
  },
};
