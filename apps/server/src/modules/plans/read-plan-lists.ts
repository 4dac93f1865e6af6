import type {
  DinasPlanListResponse,
  PengawasPlanListResponse,
  PlanStatus,
  SchoolPlanListResponse,
} from '@kinerja/contract';
import { can, type Actor, type Locale, type RoleCode } from '@kinerja/domain';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';
import {
  countDinasPrincipalPlans,
  findDinasFacts,
  findSchoolFacts,
  listDinasPrincipalPlans,
  listPengawasPrincipalPlans,
  listSchoolPlans,
} from './plan-lists.repository.js';
import {
  countByStatus,
  presentPrincipalPlans,
  presentSchoolPlans,
} from './plan-lists.presenter.js';
import { ruleSetForPeriod } from './plan-rules.js';
import { resolveSupervision, withSchoolLevel } from './plan-supervision.js';

type ListInput = {
  personId: string;
  period: PeriodRow;
  status?: PlanStatus | undefined;
  locale: Locale;
};

const NO_TEAM = { assignedTimIds: [], pengawasIds: [] };

/** 404 for reviewers looking outside their reach (existence is private), 403 for other roles. */
function denyList(actor: Actor, roles: readonly RoleCode[], what: string) {
  return roles.some((role) => hasRole(actor, role))
    ? notFound(`${what} tidak ditemukan.`)
    : forbidden(
        `Daftar ini hanya untuk ${roles.includes('principal_supervisor') ? 'Kepala Sekolah sebagai Atasan' : 'Dinas'} dan Admin.`,
      );
}

/** "Periksa": the school's teachers and their plans in the period, for its head, the Dinas or an admin. */
export async function readSchoolPlans(
  ctx: AppContext,
  input: ListInput & { schoolId: string; reader?: Db | undefined },
): Promise<SchoolPlanListResponse> {
  const { period, locale } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  const roles: RoleCode[] = ['principal_supervisor', 'dinas_official', 'admin'];
  const school = await findSchoolFacts(ctx.db, { schoolId: input.schoolId, periodId: period.id });
  const subject = {
    ownerKind: 'teacher' as const,
    schoolId: input.schoolId,
    ...withSchoolLevel(school?.jenjang),
    periodId: period.id,
    regionCode: school?.regencyCode,
  };
  if (!school || !can(actor, 'plan.view', subject).allowed) throw denyList(actor, roles, 'Sekolah');
  const ruleSet = ruleSetForPeriod(period);
  const facts = { ...NO_TEAM, headId: school.headId, headKind: school.headKind, assessorId: null };
  const approval = resolveSupervision({ facts, ruleSet, kind: 'teacher' }).approval;
  // The list may come from the replica (input.reader); the access check above stays on the primary.
  const rows = await listSchoolPlans(input.reader ?? ctx.db, {
    schoolId: school.id,
    periodId: period.id,
  });
  const plans = presentSchoolPlans({ rows, actor, school, periodId: period.id, approval, locale });
  return {
    period: { id: period.id, label: period.label },
    school: { id: school.id, name: school.name, npsn: school.npsn },
    approvalMode: approval,
    counts: countByStatus(plans.map((plan) => plan.status)),
    plans: input.status ? plans.filter((plan) => plan.status === input.status) : plans,
  };
}

/** Principals' plans of a Dinas office's schools, paged, for its officials (assessors approve). */
export async function readDinasPlans(
  ctx: AppContext,
  input: ListInput & { dinasId: string; limit: number; offset: number },
): Promise<DinasPlanListResponse> {
  const { period, locale } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  const roles: RoleCode[] = ['dinas_official', 'admin'];
  const dinas = await findDinasFacts(ctx.db, input.dinasId);
  const regionCode = dinas
    ? dinas.level === 'provinsi'
      ? dinas.provinceCode
      : (dinas.regencyCode ?? dinas.provinceCode)
    : undefined;
  // The office's whole list: reached by a Dinas of the same level only — domain.md §1.1.
  const subject = {
    ownerKind: 'principal' as const,
    periodId: period.id,
    regionCode,
    ...(dinas ? { dinasLevel: dinas.level } : {}),
  };
  if (!roles.some((role) => hasRole(actor, role))) throw denyList(actor, roles, 'Dinas');
  if (!dinas || !can(actor, 'plan.view', subject).allowed) throw denyList(actor, roles, 'Dinas');
  const ruleSet = ruleSetForPeriod(period);
  const facts = { ...NO_TEAM, headId: null, headKind: null, assessorId: dinas.assessorId };
  const approval = resolveSupervision({ facts, ruleSet, kind: 'principal' }).approval;
  const key = { dinasId: dinas.id, periodId: period.id };
  const counts = countByStatus([]);
  for (const row of await countDinasPrincipalPlans(ctx.db, key)) counts[row.status] = row.count;
  const rows = await listDinasPrincipalPlans(ctx.db, {
    ...key,
    status: input.status,
    limit: input.limit,
    offset: input.offset,
  });
  const plans = presentPrincipalPlans({
    rows,
    actor,
    periodId: period.id,
    assessorId: dinas.assessorId,
    pengawasOf: () => [],
    approval,
    locale,
  });
  const total = input.status
    ? counts[input.status]
    : Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    period: { id: period.id, label: period.label },
    dinas: { id: dinas.id, name: dinas.name },
    counts,
    total,
    plans,
  };
}

/** The principals of a pengawas's binaan schools and their plans (read-only, domain.md §1.1). */
export async function readPengawasPlans(
  ctx: AppContext,
  input: ListInput,
): Promise<PengawasPlanListResponse> {
  const { period, locale } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  if (!hasRole(actor, 'pengawas')) throw forbidden('Daftar ini hanya untuk Pengawas.');
  const rows = await listPengawasPrincipalPlans(ctx.db, {
    pengawasId: input.personId,
    periodId: period.id,
  });
  const all = presentPrincipalPlans({
    rows,
    actor,
    periodId: period.id,
    assessorId: null,
    pengawasOf: () => [input.personId],
    approval: 'manual',
    locale,
  });
  return {
    period: { id: period.id, label: period.label },
    plans: input.status ? all.filter((plan) => plan.status === input.status) : all,
  };
}
