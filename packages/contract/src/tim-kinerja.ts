import { periodIdSchema } from './strings.js';
import { personRefSchema } from './plans.js';
import { z } from './zod.js';

/** GET /api/tim-kinerja query: one school's Tim Kinerja in a period. */
export const timKinerjaQuerySchema = z.object({
  schoolId: z.uuid({ error: 'schoolId tidak valid (harus UUID)' }),
  periodId: periodIdSchema.optional(),
});

/** POST /api/tim-kinerja — plot a member for an employee (Pra-Perencanaan, domain.md §2.2). */
export const assignTimKinerjaRequestSchema = z.object({
  periodId: periodIdSchema.optional(),
  employeeId: z.uuid({ error: 'employeeId tidak valid (harus UUID)' }),
  memberId: z.uuid({ error: 'memberId tidak valid (harus UUID)' }),
});

/** One plotted member. */
export const timKinerjaMemberSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  schoolId: z.string(),
  employee: personRefSchema,
  member: personRefSchema,
  assignedBy: personRefSchema,
  createdAt: z.string(),
});
export type TimKinerjaMember = z.infer<typeof timKinerjaMemberSchema>;

/** GET /api/tim-kinerja */
export const timKinerjaListResponseSchema = z.object({ members: z.array(timKinerjaMemberSchema) });
