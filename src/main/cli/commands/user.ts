import { ROLES, Role } from '../../../shared/model/roles';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';
import type { CliContext } from '../context';
import { readPasswordFile } from '../passwords';

const USAGE = `user add NAME --role ${ROLES.join('|')} [--new-password-file F] | user passwd NAME --new-password-file F [--recover] | user list`;

export const userCommand = defineCommand({
  usage: USAGE,
  summary: 'profiles and their passwords',
  options: {
    role: { type: 'string' },
    'new-password-file': { type: 'string' },
    recover: { type: 'boolean' },
  },
  verbs: { list: [], add: ['role', 'new-password-file'], passwd: ['new-password-file', 'recover'] },
  async run(ctx, words, flags) {
    const [verb, name, ...extra] = words;
    const file = flags['new-password-file'] ?? '';
    const newPassword = () => (file ? readPasswordFile(file, '--new-password-file') : undefined);
    if (verb === 'list' && name === undefined) {
      const profiles = await ctx.call('profile.list', {});
      return ctx.print(profiles, () => profiles.map((p) => `${p.id}\t${p.name}\t${p.role}`));
    }
    if (verb === 'add' && name && extra.length === 0) {
      const role = Role.safeParse(flags.role);
      if (!role.success) {
        throw new UsageError(
          `--role must be one of ${ROLES.join(', ')} (got ${String(flags.role ?? 'nothing')})`,
        );
      }
      const created = await ctx.call('profile.create', {
        name,
        role: role.data,
        password: newPassword(),
      });
      const { oneTimePassword, ...profile } = created;
      return ctx.print(created, () => [
        `${profile.id}\t${profile.name}\t${profile.role}`,
        ...(oneTimePassword ? [oneTimeLine(name, oneTimePassword)] : []),
      ]);
    }
    if (verb === 'passwd' && name && extra.length === 0) {
      if (!file) throw new UsageError('user passwd needs --new-password-file F');
      return passwd(ctx, name, newPassword() as string, flags.recover === true);
    }
    throw new UsageError(`usage: newsdesk ${USAGE}`);
  },
});

async function passwd(
  ctx: CliContext,
  name: string,
  password: string,
  recover: boolean,
): Promise<void> {
  if (recover && ctx.options.as) {
    throw new UsageError('--recover acts as whoever can write the database file: drop --as');
  }
  const target = ctx.desk().people.byName(name);
  if (!target) throw new Refusal(`${name}: no such profile`);
  const actor = await ctx.actor();
  // One's own password (signed in with --as) is changed with the current one, as in the app.
  const current = ctx.password();
  const profile =
    actor.id === target.id && current !== undefined
      ? (await ctx.call('session.changePassword', { current, password })).profile
      : await ctx.call('profile.setPassword', {
          id: target.id,
          password,
          recover: recover || undefined,
        });
  ctx.print(profile, () => [`${profile.name}: password ${recover ? 'recovered' : 'set'}`]);
}

function oneTimeLine(name: string, password: string): string {
  return `one-time password for ${name}: ${password} (change it at the first sign-in; it is not shown again)`;
}
