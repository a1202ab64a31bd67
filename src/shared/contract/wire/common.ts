import { z } from 'zod';

export const Id = z.number().int().positive();
export const None = z.object({}).strict();
