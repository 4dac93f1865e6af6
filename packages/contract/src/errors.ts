import { z } from './zod.js';

/** One invalid field: its dotted path and what is allowed. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });

/** Every non-2xx response body: a stable code, a readable message, and field errors for 400. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
