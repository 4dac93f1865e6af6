import { z } from './zod.js';

/** One member of a school's staff as the operator and principal see it. */
export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  nuptk: z.string().nullable(),
  email: z.string().nullable(),
  employmentStatus: z.enum(['pns', 'pppk', 'non_asn']),
  jenisPtk: z.string().nullable(),
  mustChangePassword: z.boolean(),
  abilities: z.object({ canResetPassword: z.boolean() }),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** GET /api/schools/:id/staff */
export const staffListResponseSchema = z.object({ staff: z.array(staffMemberSchema) });
export type StaffListResponse = z.infer<typeof staffListResponseSchema>;

/** POST /api/people/:id/reset-password — the one-time password, shown once to the operator. */
export const resetPasswordResponseSchema = z.object({ temporaryPassword: z.string() });
export type ResetPasswordResponse = z.infer<typeof resetPasswordResponseSchema>;
