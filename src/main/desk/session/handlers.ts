import { ApiError, type Handlers } from '../../../shared/contract';
import type { SignedIn } from '../../../shared/contract/domains/session';
import type { Profile } from '../../../shared/model/profile';
import { type HandlerContext, requireActor } from '../context';
import { LoggedRefusal } from '../logged-refusal';
import { logAccess } from './log-access';
import { checkNewPassword } from './new-password';
import { verifyNothing, verifyPassword } from './password-hash';

const WRONG = 'wrong name or password';

export const sessionHandlers: Handlers<
  HandlerContext,
  'session.login' | 'session.logout' | 'session.me' | 'session.changePassword'
> = {
  'session.login': ({ name, password }, ctx) => {
    const profile = ctx.store.profiles.findByName(name);
    const secret = profile ? ctx.store.profiles.secret(profile.id) : null;
    const ok = profile && secret?.hash ? verifyPassword(password, secret.hash) : false;
    // An unknown name costs the same time as a known one, so timing does not tell them apart.
    if (!profile || !secret?.hash) verifyNothing(password);
    if (!profile || !secret || !ok) {
      throw new LoggedRefusal('unauthorized', WRONG, {
        at: ctx.now,
        profileId: profile?.id ?? null,
        name,
        action: 'session.login-failed',
        origin: ctx.session.from ?? '',
        detail: '',
      });
    }
    ctx.selectActor(profile, secret.mustChange);
    logAccess(ctx, profile, 'session.login');
    return { profile, mustChangePassword: secret.mustChange };
  },

  'session.logout': (_args, ctx) => {
    const was = ctx.actor;
    ctx.endSession();
    if (was) logAccess(ctx, was, 'session.logout');
    return { signedOut: was !== null };
  },

  'session.me': (_args, ctx) => (ctx.actor ? signedIn(ctx, ctx.actor) : null),

  'session.changePassword': ({ current, password }, ctx) => {
    const actor = requireActor(ctx);
    const stored = ctx.store.profiles.secret(actor.id).hash;
    if (stored !== null && !verifyPassword(current ?? '', stored)) {
      throw new ApiError('unauthorized', 'the current password is wrong', 'current');
    }
    checkNewPassword(ctx, password, 'password');
    ctx.store.profiles.setSecret(actor.id, ctx.hashPassword(password), false);
    ctx.selectActor(actor, false);
    logAccess(ctx, actor, 'password.change');
    return { profile: actor, mustChangePassword: false };
  },
};

function signedIn(ctx: HandlerContext, profile: Profile): SignedIn {
  return { profile, mustChangePassword: ctx.session.mustChangePassword === true };
}
