import { ApiError, because, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { logAccess } from '../session/log-access';
import { checkNewPassword } from '../session/new-password';
import { oneTimePassword } from '../session/password-hash';

export const profileHandlers: Handlers<
  HandlerContext,
  'profile.list' | 'profile.create' | 'profile.setRole' | 'profile.setPassword'
> = {
  'profile.list': (_args, ctx) => {
    requireActor(ctx);
    return ctx.store.profiles.list();
  },

  'profile.create': ({ name, role, password }, ctx) => {
    requirePermission(ctx, 'profiles.write');
    if (ctx.store.profiles.findByName(name)) {
      throw new ApiError(
        'conflict',
        `a profile named ${name} exists already`,
        'name',
        because('profile-exists', { name }),
      );
    }
    if (password !== undefined) checkNewPassword(ctx, password, 'password');
    const profile = ctx.store.profiles.create(name, role, ctx.now);
    // Without a password from the admin, a one-time one, shown once, changed at first sign-in.
    const oneTime = password === undefined ? oneTimePassword() : undefined;
    ctx.store.profiles.setSecret(
      profile.id,
      ctx.hashPassword(password ?? oneTime ?? ''),
      !password,
    );
    ctx.audit('profile.create', `profile:${profile.id}`, `${name} (${role})`);
    ctx.emit('profiles.changed', { id: profile.id });
    return oneTime ? { ...profile, oneTimePassword: oneTime } : profile;
  },

  'profile.setRole': ({ id, role }, ctx) => {
    requirePermission(ctx, 'profiles.write');
    const profile = ctx.store.profiles.get(id);
    if (!profile) {
      throw new ApiError('not-found', `no profile ${id}`, 'id', because('profile-missing', { id }));
    }
    if (profile.role === 'admin' && role !== 'admin' && ctx.store.profiles.adminCount() === 1) {
      throw new ApiError(
        'refused',
        `${profile.name} is the last admin`,
        'role',
        because('last-admin', { name: profile.name }),
      );
    }
    ctx.store.profiles.setRole(id, role);
    ctx.audit('profile.setRole', `profile:${id}`, `${profile.role} -> ${role}`);
    ctx.emit('profiles.changed', { id });
    return { ...profile, role };
  },

  'profile.setPassword': ({ id, password, recover }, ctx) => {
    const actor = requireActor(ctx);
    if (recover && !ctx.session.databaseFile) {
      throw new ApiError('forbidden', 'recovery is only for whoever can write the database file');
    }
    if (actor.id !== id) requirePermission(ctx, 'profiles.write');
    const profile = ctx.store.profiles.get(id);
    if (!profile) throw new ApiError('not-found', `no profile ${id}`, 'id');
    if (password !== undefined) checkNewPassword(ctx, password, 'password');
    const oneTime = password === undefined ? oneTimePassword() : undefined;
    ctx.store.profiles.setSecret(id, ctx.hashPassword(password ?? oneTime ?? ''), !password);
    const action = recover
      ? 'password.recover'
      : actor.id === id
        ? 'password.change'
        : 'password.reset';
    const by = actor.id === id ? '' : `by ${actor.name}`;
    logAccess(
      ctx,
      profile,
      action,
      recover ? 'database file' : oneTime ? `${by} one-time`.trim() : by,
    );
    return oneTime ? { ...profile, oneTimePassword: oneTime } : profile;
  },
};
