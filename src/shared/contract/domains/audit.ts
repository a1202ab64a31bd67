import { z } from 'zod';
import { AuditEntry } from '../../model/audit';

export const auditApi = {
  'audit.list': {
    args: z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    result: z.array(AuditEntry),
  },
} as const;
