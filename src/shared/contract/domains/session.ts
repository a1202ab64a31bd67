import { z } from 'zod';
import { PasswordText } from '../../model/password';
import { Profile, ProfileName } from '../../model/profile';
import { None } from '../wire/common';

/** Who a session acts as; a one-time password must be changed before anything else. */
export const SignedIn = z.object({ profile: Profile, mustChangePassword: z.boolean() });
export type SignedIn = z.infer<typeof SignedIn>;

export const sessionApi = {
  /**
   * Signs in with a name and a password (or PIN). Over HTTP the answer also sets the session
   * cookie; in-process and over IPC the calling session now acts as this profile. A wrong
   * name or password is 'unauthorized' (which of the two is not said) and audited.
   */
  'session.login': {
    args: z.object({ name: ProfileName, password: PasswordText }).strict(),
    result: SignedIn,
  },
  /** Ends the session; its cookie is worthless afterwards. */
  'session.logout': { args: None, result: z.object({ signedOut: z.boolean() }) },
  /** Who this session acts as, or null when nobody has signed in (the sign-in screen asks). */
  'session.me': { args: None, result: SignedIn.nullable() },
  /**
   * Changes one's own password: the current one first (a one-time password included); only
   * a new paper's admin, who has none yet, gives no `current`.
   */
  'session.changePassword': {
    args: z.object({ current: PasswordText.optional(), password: PasswordText }).strict(),
    result: SignedIn,
  },
} as const;

/** Calls a session may make before it signs in. */
export const OPEN_CALLS: readonly string[] = ['session.login', 'session.me'];
/** Calls a session signed in with a one-time password may make before changing it. */
export const ONE_TIME_CALLS: readonly string[] = [
  ...OPEN_CALLS,
  'session.logout',
  'session.changePassword',
  'app.info',
];
