import { z } from 'zod';
import { AuditEntry } from '../../model/audit';
import { IsoDate } from '../../model/story';
import { Id } from '../wire/common';

export const auditApi = {
  'audit.list': {
    args: z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    result: z.array(AuditEntry),
  },
  /**
   * The accountability view (chiefs and admins): the audit log with sign-ins and failed
   * sign-ins, filtered by person, story (or any exact target, such as a page) and day.
   */
  'audit.search': {
    args: z
      .object({
        person: z.string().trim().min(1).max(40).optional(),
        storyId: Id.optional(),
        target: z.string().max(80).optional(),
        day: IsoDate.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    result: z.array(AuditEntry),
  },
} as const;
