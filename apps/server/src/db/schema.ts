import type { ColumnType, Generated } from 'kysely';

/** Column the database fills in on insert (defaults), readable as T. */
type Default<T> = ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

/** Kysely view of the schema in migrations/, camelCased by CamelCasePlugin. */
export type DB = {
  schemaMigrations: { name: string; appliedAt: Timestamp };
  /** Resumable evidence uploads in progress (migration 0028, issue 17). */
  uploadSessions: {
    id: Generated<string>;
    personId: string;
    planId: string;
    slotId: string;
    fileName: string;
    sizeBytes: number;
    sha256: string;
    receivedBytes: Default<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
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
    prePlanningOpensOn: string | null;
    prePlanningClosesOn: string | null;
    windowsAreDefaults: boolean;
  };
  ruleSets: {
    version: string;
    basedOn: string;
    label: string;
    labelEn: string;
    changes: Json;
    createdBy: string | null;
    createdAt: Date;
  };
  schoolPrincipals: {
    schoolId: string;
    periodId: string;
    personId: string;
    kind: 'definitive' | 'acting';
    createdAt: Timestamp;
  };
  pengawasSchools: { personId: string; schoolId: string };
  dinasOfficials: {
    personId: string;
    dinasId: string;
    isAssessor: Default<boolean>;
    /** The official's jabatan as printed on every document (migration 0020). */
    position: string | null;
    /** The head of the Dinas: Atasan Pejabat Penilai Kinerja of a principal (migration 0020). */
    isHead: Default<boolean>;
  };
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
  peopleLookups: { id: Generated<number>; personId: string; at: Timestamp };
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
    /** Set when the e-Kinerja relay gave up; cleared by an operator's retry (migration 0009). */
    failedAt: Timestamp | null;
    lastErrorCode: string | null;
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
  plans: {
    id: Generated<string>;
    periodId: string;
    employeeId: string;
    employeeKind: 'teacher' | 'principal';
    schoolId: string;
    provinceCode: string;
    regencyCode: string;
    status: 'draft' | 'submitted' | 'returned' | 'approved';
    draft: Json;
    supervisorExpectations: ColumnType<unknown, string | undefined, string>;
    lastTab: string | null;
    returnNote: string | null;
    personalDataConfirmedAt: Timestamp | null;
    teamConfirmedAt: Timestamp | null;
    isChangedByEmployee: Default<boolean>;
    submittedAt: Timestamp | null;
    submissionCount: Default<number>;
    approvalBasis: string | null;
    approvedBy: string | null;
    approvedAt: Timestamp | null;
    version: Default<number>;
    lastSaveKey: string | null;
    lastSaveBaseVersion: number | null;
    /** The catalogue revision the plan reads by (migration 0017); null: the newest. */
    catalogueRevision: number | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  planVersions: {
    planId: string;
    number: number;
    periodId: string;
    schoolId: string;
    provinceCode: string;
    draft: Json;
    submittedBy: string;
    submittedAt: Timestamp;
  };
  planDecisions: {
    id: Generated<number>;
    planId: string;
    versionNumber: number;
    provinceCode: string;
    decision: 'approved' | 'returned' | 'auto_approved';
    basis: string | null;
    note: string | null;
    supervisorExpectations: ColumnType<unknown, string | undefined, string>;
    decidedBy: string | null;
    decidedAt: Timestamp;
  };
  personalDataOverrides: {
    periodId: string;
    personId: string;
    provinceCode: string;
    golongan: string | null;
    ruang: string | null;
    careerLevel: string | null;
    editedAt: Timestamp;
  };
  notifications: {
    id: Generated<string>;
    recipientId: string;
    kind:
      | 'plan_submitted'
      | 'plan_approved'
      | 'plan_returned'
      | 'plan_auto_approved'
      | 'plan_blocked'
      | 'deadline_near'
      | 'evidence_collected'
      | 'rhk_changed'
      | 'document_sent'
      | 'accountability_confirmed'
      | 'practice_handover'
      | 'assessment_finalized'
      | 'assessment_recommended'
      | 'password_reset'
      | 'period_changed';
    title: string;
    body: string;
    planId: string | null;
    periodId: string | null;
    dedupeKey: string | null;
    readAt: Timestamp | null;
    createdAt: Timestamp;
    /** Not yet turned into email or skipped by the mail job (migration 0029). */
    emailPending: Default<boolean>;
  };
  raporPendidikanImports: {
    id: Generated<string>;
    createdBy: string;
    rowsCount: number;
    schoolsCount: number;
    createdAt: Timestamp;
  };
  raporPendidikanScores: {
    schoolId: string;
    indicatorCode: string;
    provinceCode: string;
    score: number;
    importId: string;
    importedAt: Timestamp;
  };
  catalogueRevisions: {
    id: Generated<number>;
    periodId: string;
    catalogueId: string;
    entryCode: string;
    before: Json | null;
    after: Json;
    source: string;
    confidence: 'C' | 'S' | 'I' | 'X';
    createdBy: string | null;
    createdAt: Timestamp;
  };
  deadlineExtensions: {
    id: Generated<string>;
    periodId: string;
    personId: string;
    provinceCode: string;
    stage: 'pre_planning' | 'planning' | 'execution' | 'assessment';
    until: string;
    reason: string;
    grantedBy: string;
    createdAt: Timestamp;
  };
  timKinerjaMembers: {
    id: Generated<string>;
    periodId: string;
    employeeId: string;
    memberId: string;
    schoolId: string;
    provinceCode: string;
    assignedBy: string;
    createdAt: Timestamp;
  };
  karya: {
    id: Generated<string>;
    ownerId: string;
    provinceCode: string;
    category: string;
    title: string;
    fileHash: string;
    fileName: string;
    sizeBytes: number;
    createdAt: Timestamp;
  };
  rhkChanges: {
    id: Generated<string>;
    planId: string;
    periodId: string;
    schoolId: string;
    provinceCode: string;
    employeeId: string;
    before: Json;
    after: Json;
    diff: Json;
    discussedAt: Timestamp;
    changedAt: Timestamp;
  };
  evidenceSlots: {
    id: Generated<string>;
    planId: string;
    periodId: string;
    employeeId: string;
    schoolId: string;
    provinceCode: string;
    kind: 'competency_evidence' | 'additional_duty_evidence';
    code: string;
    /** Which planned instance of a repeatable 2024 activity (migration 0019). */
    instance: Default<number>;
    skReference: string | null;
    state: Default<'empty' | 'draft' | 'collected'>;
    fileHash: string | null;
    fileName: string | null;
    sizeBytes: number | null;
    fileSource: 'device' | 'karya' | null;
    karyaId: string | null;
    documentKind:
      'certificate' | 'surat_keterangan_selesai_topik' | 'relevant_document' | 'report' | null;
    issuedOn: string | null;
    uploadedAt: Timestamp | null;
    collectedAt: Timestamp | null;
    changedByEmployee: Default<boolean>;
    createdByChange: string | null;
    supersededAt: Timestamp | null;
    supersededByChange: string | null;
    /** SHA-256 of the PDF's normalised text, for reuse by content (migration 0020). */
    textDigest: string | null;
    certificateNumber: string | null;
    certificateTitle: string | null;
    version: Default<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  /** Pelaksanaan 2025+: refleksi hasil belajar and the main-duties checklist (migration 0007). */
  writtenDocuments: {
    id: Generated<string>;
    planId: string;
    periodId: string;
    employeeId: string;
    schoolId: string;
    provinceCode: string;
    kind: 'competency_reflection' | 'main_duties_checklist';
    state: 'draft' | 'sent';
    content: Json;
    version: Default<number>;
    sentAt: Timestamp | null;
    confirmedAt: Timestamp | null;
    confirmedBy: string | null;
    confirmationNote: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  /** The Siklus Peningkatan Kinerja of one approved plan (migration 0007). */
  practiceCycles: {
    id: Generated<string>;
    planId: string;
    periodId: string;
    employeeId: string;
    employeeKind: 'teacher' | 'principal';
    schoolId: string;
    provinceCode: string;
    state:
      | 'preparation_discussion'
      | 'observation'
      | 'follow_up_discussion'
      | 'follow_up_action'
      | 'follow_up_reflection'
      | 'completed';
    record: Json;
    version: Default<number>;
    modulAjarHash: string | null;
    modulAjarName: string | null;
    modulAjarSize: number | null;
    modulAjarUploadedAt: Timestamp | null;
    modulAjarUploadedBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  /** Penilaian Kinerja of one approved plan and evaluation document (migration 0009). */
  assessments: {
    id: Generated<string>;
    planId: string;
    document: 'semester_1' | 'semester_2' | 'akhir' | 'tahunan';
    periodId: string;
    employeeId: string;
    employeeKind: 'teacher' | 'principal';
    schoolId: string;
    provinceCode: string;
    regencyCode: string;
    state: 'draft' | 'final';
    workResultRating: 'above_expectations' | 'meets_expectations' | 'below_expectations' | null;
    workBehaviourRating: 'above_expectations' | 'meets_expectations' | 'below_expectations' | null;
    behaviourFeedback: ColumnType<unknown, string | undefined, string>;
    notes: Default<string>;
    predikat: 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang' | null;
    writtenBy: string | null;
    finalizedBy: string | null;
    finalizedAt: Timestamp | null;
    documentSnapshot: Json | null;
    careerLevel: string | null;
    months: number | null;
    angkaKredit: number | null;
    version: Default<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  /** Tim Kinerja recommendations to the assessor (migration 0009). */
  assessmentRecommendations: {
    id: Generated<string>;
    assessmentId: string;
    provinceCode: string;
    authorId: string;
    text: string;
    createdAt: Timestamp;
  };
  /** Every delivery attempt of an outbox row to e-Kinerja (migration 0009). */
  eKinerjaSyncAttempts: {
    id: Generated<number>;
    outboxId: number;
    attempt: number;
    idempotencyKey: string;
    startedAt: Timestamp;
    durationMs: number;
    outcome: 'delivered' | 'duplicate' | 'retry' | 'failed';
    httpStatus: number | null;
    errorCode: string | null;
    message: string | null;
  };
  /** Per-school dashboard counts of one period and document (migration 0011). */
  dashboardSchoolCounts: {
    periodId: string;
    document: 'semester_1' | 'semester_2' | 'akhir' | 'tahunan';
    schoolId: string;
    provinceCode: string;
    regencyCode: string;
    dinasId: string | null;
    teachers: Default<number>;
    planDraft: Default<number>;
    planSubmitted: Default<number>;
    planReturned: Default<number>;
    planApproved: Default<number>;
    executionCompleted: Default<number>;
    assessmentDraft: Default<number>;
    assessmentFinal: Default<number>;
    sangatBaik: Default<number>;
    baik: Default<number>;
    butuhPerbaikan: Default<number>;
    kurang: Default<number>;
    sangatKurang: Default<number>;
    refreshedAt: Timestamp;
  };
  /** Schools whose dashboard counts wait for a refresh (migration 0011). */
  dashboardDirtySchools: { schoolId: string; markedAt: Default<Date> };
  /** Every issued version of a final Dokumen Evaluasi Kinerja Pegawai (migration 0020). */
  evaluationDocumentVersions: {
    id: Generated<string>;
    assessmentId: string;
    provinceCode: string;
    versionNumber: number;
    documentNumber: string;
    contentDigest: string;
    documentData: Json;
    fileHash: string | null;
    sizeBytes: number | null;
    reason: 'finalize' | 'reissue' | 'first_download';
    issuedBy: string | null;
    issuedAt: Timestamp;
  };
  /** Every blob in the blob store and when it was last stored (migration 0015). */
  storedBlobs: { hash: string; sizeBytes: number; storedAt: Timestamp };
  /** The instance's "Tipe Periodik" per period, overriding the rule set's default (migration 0021). */
  periodicAssessmentSettings: {
    periodId: string;
    periodicity: 'none' | 'monthly' | 'quarterly';
    updatedBy: string | null;
    updatedAt: Timestamp;
  };
  /** A person's email choice; no row = the domain's default (migration 0029). */
  emailPreferences: {
    personId: string;
    enabled: boolean;
    frequency: 'immediate' | 'daily';
    updatedAt: Timestamp;
  };
  /** Every delivery attempt of an email outbox row (migration 0029). */
  emailAttempts: {
    id: Generated<number>;
    outboxId: number;
    attempt: number;
    startedAt: Timestamp;
    outcome: 'sent' | 'retry' | 'failed' | 'skipped';
    smtpCode: number | null;
    message: string | null;
  };
  /** The key that signs unsubscribe links, one row (migration 0029). */
  emailSigningKey: { id: number; secret: string };
  /** Digest days already queued by some instance (migration 0029). */
  emailDigestDays: { day: string; queuedAt: Timestamp };
};
