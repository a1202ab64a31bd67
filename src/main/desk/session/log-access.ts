import type { Profile } from '../../../shared/model/profile';
import type { HandlerContext } from '../context';

/** Appends a sign-in or password event to the access log, inside the call's transaction. */
export function logAccess(
  ctx: HandlerContext,
  profile: Pick<Profile, 'id' | 'name'>,
  action: string,
  detail = '',
): void {
  ctx.store.access.record({
    at: ctx.now,
    profileId: profile.id,
    name: profile.name,
    action,
    origin: ctx.session.from ?? '',
    detail,
  });
}
