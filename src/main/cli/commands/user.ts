import { ROLES, Role } from '../../../shared/model/roles';
import { UsageError } from '../cli-error';
import type { Command } from '../command';

export const userCommand: Command = {
  usage: `user add NAME --role ${ROLES.join('|')} | user list`,
  summary: 'profiles',
  async run(ctx, words, flags) {
    const [verb, name, ...extra] = words;
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
      const profile = await ctx.call('profile.create', { name, role: role.data });
      return ctx.print(profile, () => [`${profile.id}\t${profile.name}\t${profile.role}`]);
    }
    throw new UsageError(`usage: newsdesk ${userCommand.usage}`);
  },
};
