import { z } from 'zod';
import { PasswordText } from '../../model/password';
import { Profile, ProfileName } from '../../model/profile';
import { Role } from '../../model/roles';
import { Id, None } from '../wire/common';

export const profileApi = {
  'profile.list': { args: None, result: z.array(Profile) },
  /**
   * An admin adds a profile with its password; without one, a one-time password comes back
   * once (`oneTimePassword`), to be changed at the first sign-in.
   */
  'profile.create': {
    args: z.object({ name: ProfileName, role: Role, password: PasswordText.optional() }).strict(),
    result: Profile.extend({ oneTimePassword: z.string().optional() }),
  },
  'profile.setRole': { args: z.object({ id: Id, role: Role }).strict(), result: Profile },
  /**
   * Sets a password: one's own, or anyone's by an admin (a reset); without `password`, a
   * one-time password comes back once, to be changed at the next sign-in. `recover` is the local
   * recovery of `newsdesk user passwd --recover`, allowed only to whoever can write the
   * database file itself; it is audited as such.
   */
  'profile.setPassword': {
    args: z
      .object({ id: Id, password: PasswordText.optional(), recover: z.boolean().optional() })
      .strict(),
    result: Profile.extend({ oneTimePassword: z.string().optional() }),
  },
} as const;
