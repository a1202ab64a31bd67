import { z } from 'zod';

/** How people sign in: a password, or (a paper setting for one shared desk machine) a PIN. */
export const SIGN_IN_KINDS = ['password', 'pin'] as const;
export type SignInKind = (typeof SIGN_IN_KINDS)[number];

/** What a password is on the wire: never logged, never echoed in an error. */
export const PasswordText = z.string().min(1, 'password is empty').max(200, 'password is too long');

/** The rule a new password (or PIN) must meet; null when it does. */
export function passwordProblem(password: string, kind: SignInKind): string | null {
  if (kind === 'pin') return /^\d{6}$/.test(password) ? null : 'the PIN must be 6 digits';
  if ([...password].length < 8) return 'the password must have at least 8 characters';
  if (password.trim() !== password) return 'the password must not begin or end with a space';
  return null;
}
