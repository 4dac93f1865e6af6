import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** Role codes with their official labels (domain.md §1.3). */
export const roleCodeSchema = z.enum([
  'teacher',
  'principal_supervisor',
  'principal_employee',
  'pengawas',
  'dinas_official',
  'school_operator',
  'admin',
]);
export type RoleCode = z.infer<typeof roleCodeSchema>;

/** One hat a person wears, scoped to a school or Dinas office where that applies. */
export const roleSchema = z.object({
  role: roleCodeSchema,
  label: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  dinasId: z.string().nullable(),
  dinasName: z.string().nullable(),
});
export type Role = z.infer<typeof roleSchema>;

/** A performance-management period with its rule set and stage windows. */
export const periodSchema = z.object({
  id: z.string(),
  label: z.string(),
  ruleSetVersion: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  planning: z.object({ opensOn: z.string(), closesOn: z.string() }),
  execution: z.object({ opensOn: z.string(), closesOn: z.string() }),
  assessment: z.object({ opensOn: z.string(), closesOn: z.string() }),
  /** Pra-Perencanaan (null for rule sets without that stage) — domain.md §2.2. */
  prePlanning: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable().optional(),
  /** True while the windows are inferred defaults an administrator has not confirmed. */
  windowsAreDefaults: z.boolean().optional(),
  /** A rule set stored as data (derived from another), so clients can register it; null if built in. */
  ruleSet: z
    .object({
      version: z.string(),
      basedOn: z.string(),
      label: z.object({ id: z.string(), en: z.string() }),
      changes: z.record(z.string(), z.unknown()),
    })
    .nullable()
    .optional(),
  isCurrent: z.boolean(),
});
export type Period = z.infer<typeof periodSchema>;

/** The signed-in person as roster data. */
export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  nip: z.string().nullable(),
  nuptk: z.string().nullable(),
  employmentStatus: z.enum(['pns', 'pppk', 'non_asn']),
  golonganRuang: z.string().nullable(),
  jenjangJabatan: z.string().nullable(),
  jenisPtk: z.string().nullable(),
});

/** GET /api/me */
export const meResponseSchema = z.object({
  person: personSchema,
  schools: z.array(
    z.object({ id: z.string(), npsn: z.string(), name: z.string(), jenjang: z.string() }),
  ),
  roles: z.array(roleSchema),
  /** The legal time of the person's school (or office) province, for times shown — WIB when unknown. */
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).optional(),
  activeRole: roleCodeSchema.nullable(),
  activePeriod: periodSchema,
  authMethod: z.enum(['password', 'oidc']),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** POST /api/me/period — "Ganti periode" */
export const switchPeriodRequestSchema = z.object({
  periodId: periodIdSchema,
});

/** POST /api/me/role — the role switcher */
export const switchRoleRequestSchema = z.object({ role: roleCodeSchema });

/** GET /api/periods */
export const periodListResponseSchema = z.object({ periods: z.array(periodSchema) });
