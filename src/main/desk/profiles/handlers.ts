import { ApiError, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';

export const profileHandlers: Handlers<
  HandlerContext,
  'profile.list' | 'profile.create' | 'profile.setRole' | 'session.select'
> = {
  'profile.list': (_args, ctx) => ctx.store.profiles.list(),

  'profile.create': ({ name, role }, ctx) => {
    requirePermission(ctx, 'profiles.write');
    if (ctx.store.profiles.findByName(name)) {
      throw new ApiError('conflict', `a profile named ${name} exists already`, 'name');
    }
    const profile = ctx.store.profiles.create(name, role, ctx.now);
    ctx.audit('profile.create', `profile:${profile.id}`, `${name} (${role})`);
    ctx.emit('profiles.changed', { id: profile.id });
    return profile;
  },

  'profile.setRole': ({ id, role }, ctx) => {
    requirePermission(ctx, 'profiles.write');
    const profile = ctx.store.profiles.get(id);
    if (!profile) throw new ApiError('not-found', `no profile ${id}`, 'id');
    if (profile.role === 'admin' && role !== 'admin' && ctx.store.profiles.adminCount() === 1) {
      throw new ApiError('refused', `${profile.name} is the last admin`, 'role');
    }
    ctx.store.profiles.setRole(id, role);
    ctx.audit('profile.setRole', `profile:${id}`, `${profile.role} -> ${role}`);
    ctx.emit('profiles.changed', { id });
    return { ...profile, role };
  },

  'session.select': ({ profileId }, ctx) => {
    const profile = ctx.store.profiles.get(profileId);
    if (!profile) throw new ApiError('not-found', `no profile ${profileId}`, 'profileId');
    ctx.selectActor(profile);
    return profile;
  },
};
