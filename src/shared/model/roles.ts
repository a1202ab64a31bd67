import { z } from 'zod';

/** Newsroom roles, weakest first (NEWSROOM.md: reporter, editor, chief editor, admin). */
export const ROLES = ['reporter', 'editor', 'chief', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a role may do. Checked in the handlers; the UI only mirrors it. */
export type Permission =
  | 'story.create'
  | 'story.edit-any'
  | 'story.sign-off'
  | 'lock.break'
  | 'page.edit'
  /** 一校/二校/三校 ticks on a page (the paper has no proofreader role: the desk). */
  | 'page.proof'
  /** 大样签发: approving a page for print, and withdrawing that approval. */
  | 'page.approve'
  | 'settings.write'
  | 'profiles.write';

const GRANTS: Record<Role, readonly Permission[]> = {
  reporter: ['story.create'],
  editor: ['story.create', 'story.edit-any', 'page.edit', 'page.proof'],
  chief: [
    'story.create',
    'story.edit-any',
    'story.sign-off',
    'lock.break',
    'page.edit',
    'page.proof',
    'page.approve',
  ],
  admin: [
    'story.create',
    'story.edit-any',
    'story.sign-off',
    'lock.break',
    'settings.write',
    'profiles.write',
    'page.edit',
    'page.proof',
    'page.approve',
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
