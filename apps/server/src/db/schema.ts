import type { ColumnType, Generated } from 'kysely';

/** Column the database fills in on insert (defaults), readable as T. */
type Default<T> = ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

/** Kysely view of the schema in migrations/, camelCased by CamelCasePlugin. */
export type DB = {
  schemaMigrations: { name: string; appliedAt: Timestamp };
  provinces: { code: string; name: string };
  regencies: { code: string; provinceCode: string; name: string };
  dinasOffices: {
    id: Generated<string>;
    name: string;
    level: 'provinsi' | 'kabupaten_kota';
    provinceCode: string;
    regencyCode: string | null;
    createdAt: Timestamp;
  };
  schools: {
    id: Generated<string>;
    npsn: string;
    name: string;
    jenjang: string;
    status: 'negeri' | 'swasta';
    provinceCode: string;
    regencyCode: string;
    dinasId: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  people: {
    id: Generated<string>;
    name: string;
    nip: string | null;
    nuptk: string | null;
    email: string | null;
    employmentStatus: 'pns' | 'pppk' | 'non_asn';
    golonganRuang: string | null;
    jenjangJabatan: string | null;
    jenisPtk: string | null;
    passwordHash: string | null;
    mustChangePassword: Default<boolean>;
    version: Default<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  schoolStaff: {
    personId: string;
    schoolId: string;
    provinceCode: string;
    isPrimary: Default<boolean>;
    createdAt: Timestamp;
  };
  periods: {
    id: string;
    label: string;
    ruleSetVersion: string;
    startsOn: string;
    endsOn: string;
    planningOpensOn: string;
    planningClosesOn: string;
    executionOpensOn: string;
    executionClosesOn: string;
    assessmentOpensOn: string;
    assessmentClosesOn: string;
    sortOrder: number;
  };
  schoolPrincipals: {
    schoolId: string;
    periodId: string;
    personId: string;
    kind: 'definitive' | 'acting';
    createdAt: Timestamp;
  };
  pengawasSchools: { personId: string; schoolId: string };
  dinasOfficials: { personId: string; dinasId: string; isAssessor: Default<boolean> };
  roleGrants: {
    id: Generated<string>;
    personId: string;
    role: 'school_operator' | 'admin';
    schoolId: string | null;
  };
  sessions: {
    idHash: string;
    personId: string;
    csrfToken: string;
    authMethod: 'password' | 'oidc';
    activeRole: string | null;
    activePeriodId: string | null;
    createdAt: Timestamp;
    lastSeenAt: Timestamp;
    expiresAt: Timestamp;
  };
  loginFailures: { id: Generated<number>; email: string; ip: string; at: Timestamp };
  auditLog: {
    id: Generated<number>;
    at: Timestamp;
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
    before: Json | null;
    after: Json | null;
    requestId: string | null;
  };
  outbox: {
    id: Generated<number>;
    topic: string;
    payload: Json;
    createdAt: Timestamp;
    availableAt: Timestamp;
    processedAt: Timestamp | null;
    attempts: Default<number>;
    lastError: string | null;
  };
  oidcLoginStates: {
    stateHash: string;
    nonce: string;
    codeVerifier: string;
    returnTo: string;
    createdAt: Timestamp;
    expiresAt: Timestamp;
  };
  rosterImports: {
    id: Generated<string>;
    createdBy: string | null;
    fileName: string;
    fileSha256: string | null;
    kind: 'schools' | 'ptk' | null;
    periodId: string | null;
    status: 'validating' | 'writing' | 'failed' | 'completed';
    rowsTotal: number | null;
    rowsProcessed: Default<number>;
    errorCount: Default<number>;
    errors: ColumnType<unknown, string | undefined, string>;
    summary: Json | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    finishedAt: Timestamp | null;
  };
};
