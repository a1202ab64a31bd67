import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { readPasswordFile } from '../passwords';

export const initCommand = defineCommand({
  usage: 'init [--password-file F]',
  summary:
    'creates or opens the database; prints its path and schema version; gives the admin a password',
  options: {},
  async run(ctx, words) {
    if (words.length) throw new UsageError(`usage: newsdesk ${initCommand.usage}`);
    const file = ctx.options.passwordFile;
    // --password-file is the admin's new password here, not a password to act with.
    const password = file ? readPasswordFile(file, '--password-file') : undefined;
    const desk = ctx.desk();
    const admin = desk.people.firstAdmin();
    let oneTimePassword: string | undefined;
    if (admin && !desk.people.hasPassword(admin.id)) {
      const set = await ctx.call('profile.setPassword', { id: admin.id, password });
      oneTimePassword = set.oneTimePassword;
    }
    const info = await ctx.call('app.info', {});
    const profiles = await ctx.call('profile.list', {});
    ctx.print({ ...info, profiles: profiles.length, oneTimePassword }, () => [
      `database: ${info.dbPath}`,
      `schema version: ${info.schemaVersion}`,
      `profiles: ${profiles.map((p) => `${p.name} (${p.role})`).join(', ')}`,
      ...(oneTimePassword
        ? [
            `one-time password for ${admin?.name}: ${oneTimePassword} (change it at the first sign-in; it is not shown again)`,
          ]
        : []),
    ]);
  },
});
