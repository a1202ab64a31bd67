import { z } from 'zod';
import { Role } from './roles';

/** A profile's display name: what people call each other in the newsroom (王小明, Li Na). */
export const ProfileName = z
  .string()
  .trim()
  .min(1, 'name is empty')
  .max(40, 'name is longer than 40 characters')
  .refine((s) => !/\p{Cc}/u.test(s), 'name has control characters');

export const Profile = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  role: Role,
  createdAt: z.string(),
});
export type Profile = z.infer<typeof Profile>;
