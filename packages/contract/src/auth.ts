import { emailSchema } from './common.js';
import { z } from './zod.js';

/** POST /api/auth/login */
export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'Kata sandi wajib diisi' }).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Minimum rules for a new password. */
export const newPasswordSchema = z
  .string()
  .min(10, { error: 'Kata sandi baru minimal 10 karakter' })
  .max(200, { error: 'Kata sandi baru maksimal 200 karakter' });

/** POST /api/auth/change-password */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, { error: 'Kata sandi saat ini wajib diisi' }).max(200),
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** Response of a successful sign-in. */
export const loginResponseSchema = z.object({
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
