import type { PlanContent, SchoolEvidenceResponse, SchoolEvidenceRow } from '@kinerja/contract';
import {
  activityInstanceLabel,
  can,
  evidenceProgress,
  evidenceSlotKey,
  evidenceSlotsOf,
  type Locale,
  type RuleSet,
  type CatalogueSet,
} from '@kinerja/domain';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { pinnedCatalogueReader } from '../catalogues/load-catalogues.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { parseContent, toDomainDraft } from '../plans/plan-content.js';
import { findSchoolFacts, listSchoolPlans } from '../plans/plan-lists.repository.js';
import { ruleSetForPeriod, schoolLevelOf } from '../plans/plan-rules.js';
import {
  countSchoolChanges,
  listApprovedTeacherPlans,
  listSchoolSlots,
  type SchoolSlotRow,
} from './school-evidence.repository.js';
import { slotTitle } from './evidence-titles.js';

type Context = { ruleSet: RuleSet; catalogues: CatalogueSet; jenjang: string; locale: Locale };

function expectedSlots(context: Context, content: PlanContent) {
  const draft = toDomainDraft({
    content,
    expectations: {},
    periodVersion: context.ruleSet.version,
    employeeKind: 'teacher',
    schoolLevel: schoolLevelOf(context.jenjang),
    isPersonalDataConfirmed: true,
  });
  return evidenceSlotsOf({ draft, ruleSet: context.ruleSet });
}

function rowFor(
  context: Context,
  options: { content: PlanContent; slots: readonly SchoolSlotRow[] },
): Pick<SchoolEvidenceRow, 'progress' | 'missing' | 'lastCollectedAt'> {
  const byKey = new Map(options.slots.map((slot) => [evidenceSlotKey(slot), slot]));
  const specs = expectedSlots(context, options.content);
  const expected = specs.map((spec) => ({
    ...spec,
    count: specs.filter((other) => other.kind === spec.kind && other.code === spec.code).length,
    state: byKey.get(evidenceSlotKey(spec))?.state ?? ('empty' as const),
  }));
  const collectedAt = options.slots
    .map((slot) => slot.collectedAt?.getTime() ?? 0)
    .reduce((a, b) => Math.max(a, b), 0);
  return {
    progress: evidenceProgress(expected.map((slot) => slot.state)),
    missing: expected
      .filter((slot) => slot.state !== 'collected')
      .map((slot) => ({
        kind: slot.kind,
        code: slot.code,
        instance: slot.instance,
        title: [
          slotTitle(context, slot, context.locale).title,
          activityInstanceLabel(slot, context.locale),
        ]
          .filter(Boolean)
          .join(' — '),
        state: slot.state,
      })),
    lastCollectedAt: collectedAt > 0 ? new Date(collectedAt).toISOString() : null,
  };
}

const NO_PROGRESS = evidenceProgress([]);
// Reviewers get 404 outside their reach (existence is private); other roles 403 — architecture.md §5.
const REVIEWER_ROLES = ['principal_supervisor', 'dinas_official', 'admin'] as const;

/**
 * The principal's view of Pelaksanaan 2024: per teacher of the school, what has been collected,
 * what is missing and whether the RHKs were changed (domain.md §3.4, issue #5 item 6).
 * 404 for a principal of another school (existence is private), 403 for roles that never see it.
 */
export async function readSchoolEvidence(
  ctx: AppContext,
  input: { personId: string; period: PeriodRow; schoolId: string; locale: Locale },
): Promise<SchoolEvidenceResponse> {
  const { period } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  const key = { schoolId: input.schoolId, periodId: period.id };
  const school = await findSchoolFacts(ctx.db, key);
  const subject = {
    ownerKind: 'teacher' as const,
    schoolId: input.schoolId,
    ...withSchoolLevel(school?.jenjang),
    periodId: period.id,
    regionCode: school?.regencyCode,
  };
  if (!school || !can(actor, 'evidence.view', subject).allowed) {
    const reviewer = REVIEWER_ROLES.some((role) => hasRole(actor, role));
    throw reviewer
      ? notFound('Sekolah tidak ditemukan.')
      : forbidden(
          'Ringkasan bukti dukung hanya untuk Kepala Sekolah sebagai Atasan, Dinas dan Admin.',
        );
  }
  const [teachers, plans, slots, changes, cataloguesOf] = await Promise.all([
    listSchoolPlans(ctx.db, key),
    listApprovedTeacherPlans(ctx.db, key),
    listSchoolSlots(ctx.db, key),
    countSchoolChanges(ctx.db, key),
    pinnedCatalogueReader(ctx.db, period.id),
  ]);
  const ruleSet = ruleSetForPeriod(period);
  // Each plan's slots are titled by the catalogue it was started with (its pin), not the newest.
  const contextOf = (pin: number | null): Context => ({
    ruleSet,
    catalogues: cataloguesOf(pin),
    jenjang: school.jenjang,
    locale: input.locale,
  });
  const planById = new Map(plans.map((plan) => [plan.planId, plan]));
  const changeByPlan = new Map(changes.map((change) => [change.planId, change]));
  const rows: SchoolEvidenceRow[] = teachers.map((teacher) => {
    const plan = teacher.planId ? planById.get(teacher.planId) : undefined;
    const change = teacher.planId ? changeByPlan.get(teacher.planId) : undefined;
    const evidence = plan
      ? rowFor(contextOf(plan.catalogueRevision), {
          content: parseContent(plan.draftText),
          slots: slots.filter((slot) => slot.planId === plan.planId),
        })
      : { progress: NO_PROGRESS, missing: [], lastCollectedAt: null };
    return {
      employee: { id: teacher.employeeId, name: teacher.name, nip: teacher.nip },
      planId: teacher.planId,
      planStatus: teacher.status ?? 'not_started',
      ...evidence,
      isChangedByEmployee: plan?.isChangedByEmployee ?? false,
      changeCount: change?.changeCount ?? 0,
      lastChangedAt: change ? new Date(change.lastChangedAt).toISOString() : null,
    };
  });
  return {
    period: { id: period.id, label: period.label },
    school: { id: school.id, name: school.name, npsn: school.npsn },
    totals: {
      teachers: rows.length,
      complete: rows.filter((row) => row.progress.isComplete).length,
      changed: rows.filter((row) => row.isChangedByEmployee).length,
    },
    teachers: rows,
  };
}
