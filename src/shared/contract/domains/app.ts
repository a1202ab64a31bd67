import { z } from 'zod';
import { None } from '../wire/common';

export const appApi = {
  'app.info': {
    args: None,
    result: z.object({ schemaVersion: z.number().int(), dbPath: z.string(), version: z.string() }),
  },
} as const;
