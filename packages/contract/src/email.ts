import { z } from './zod.js';

/** How a person receives notifications by email (issue 16 item 3). */
export const emailPreferenceSchema = z.object({
  enabled: z.boolean({ error: 'harus true (email aktif) atau false (email mati)' }),
  frequency: z.enum(['immediate', 'daily'], {
    error: 'harus immediate (setiap pemberitahuan) atau daily (ringkasan harian)',
  }),
});
export type EmailPreferenceDto = z.infer<typeof emailPreferenceSchema>;

/** GET/PUT /api/me/email-preference answer: the choice, where mail goes, whether email is on. */
export const emailPreferenceResponseSchema = emailPreferenceSchema.extend({
  emailAddress: z.string().nullable(),
  /** False when the installation has no SMTP server: nothing is sent whatever the choice. */
  isEmailAvailable: z.boolean(),
});
export type EmailPreferenceResponse = z.infer<typeof emailPreferenceResponseSchema>;

/** POST /api/email/unsubscribe body: the signed token of the link in an email. */
export const unsubscribeRequestSchema = z.object({
  token: z
    .string({ error: 'wajib diisi' })
    .min(1, { error: 'wajib diisi' })
    .max(200, { error: 'terlalu panjang; salin tautan dari email apa adanya' }),
});
export type UnsubscribeRequest = z.infer<typeof unsubscribeRequestSchema>;
