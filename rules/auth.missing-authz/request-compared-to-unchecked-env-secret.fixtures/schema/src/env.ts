import { z } from 'zod';

export const env = z.object({
  SUPPORT_TOKEN: z.string().min(32),
}).parse(process.env);

if (!process.env.METRICS_KEY) throw new Error('METRICS_KEY is required');
