import { z } from 'zod';
import { Profile, ProfileName } from '../../model/profile';
import { Role } from '../../model/roles';
import { Id, None } from './common';

export const profilesApi = {
  'profile.list': { args: None, result: z.array(Profile) },
  'profile.create': {
    args: z.object({ name: ProfileName, role: Role }).strict(),
    result: Profile,
  },
  'profile.setRole': { args: z.object({ id: Id, role: Role }).strict(), result: Profile },
  /** Picks who is working at this window; returns the profile or refuses an unknown id. */
  'session.select': { args: z.object({ profileId: Id }).strict(), result: Profile },
} as const;
