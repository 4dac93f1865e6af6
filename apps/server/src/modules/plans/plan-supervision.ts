import {
  resolveSupervisor,
  schoolLevelOfJenjang,
  type EmployeeKind,
  type Locale,
  type PlanState,
  type PolicySubject,
  type RuleSet,
  type SupervisorResolution,
} from '@kinerja/domain';

/** The school's head in the period and the Dinas side, as read from the roster. */
export type SupervisionFacts = {
  headId: string | null;
  headKind: 'definitive' | 'acting' | null;
  assessorId: string | null;
  assignedTimIds: readonly string[];
  pengawasIds: readonly string[];
};

/**
 * Who approves and assesses, resolved from the roster as it is now — so a plan waiting for a
 * principal is routed as soon as a school_principals row appears (domain.md §1.2, §3.3).
 */
export function resolveSupervision(options: {
  facts: SupervisionFacts;
  ruleSet: RuleSet;
  kind: EmployeeKind;
  locale?: Locale;
}): SupervisorResolution {
  const { facts, ruleSet, kind } = options;
  return resolveSupervisor({
    ruleSet,
    employeeKind: kind,
    school: {
      definitivePrincipalId: facts.headKind === 'definitive' ? facts.headId : null,
      actingPrincipalId: facts.headKind === 'acting' ? facts.headId : null,
    },
    // A principal's Tim Kinerja: the plotted members and the pengawas of the school — domain.md §3.8.
    dinas: {
      assessorId: facts.assessorId,
      pengawasIds: [...new Set([...facts.assignedTimIds, ...facts.pengawasIds])],
    },
    timKinerjaIds: facts.assignedTimIds,
    ...(options.locale ? { locale: options.locale } : {}),
  });
}

/** Tim Kinerja ids that may see the plan (pengawas of the school count for principals). */
export function timKinerjaIdsOf(facts: SupervisionFacts, kind: EmployeeKind): string[] {
  const ids =
    kind === 'principal' ? [...facts.assignedTimIds, ...facts.pengawasIds] : facts.assignedTimIds;
  return [...new Set(ids)];
}

/** `{ schoolLevel }` of a Dapodik jenjang, for a policy subject (empty when unknown: refused). */
export function withSchoolLevel(
  jenjang: string | null | undefined,
): Pick<PolicySubject, 'schoolLevel'> {
  const schoolLevel = schoolLevelOfJenjang(jenjang);
  return schoolLevel ? { schoolLevel } : {};
}

/** The policy subject of a plan (or of a plan not started yet). */
export function planSubject(options: {
  employeeId: string;
  kind: EmployeeKind;
  schoolId: string;
  jenjang: string;
  regencyCode: string;
  periodId: string;
  facts: SupervisionFacts;
  resolution: SupervisorResolution;
  state?: PlanState;
}): PolicySubject {
  const { resolution } = options;
  return {
    ownerId: options.employeeId,
    ownerKind: options.kind,
    schoolId: options.schoolId,
    // The Dinas reaches the school by its level and region — domain.md §1.1.
    ...withSchoolLevel(options.jenjang),
    regionCode: options.regencyCode,
    periodId: options.periodId,
    assessorId: resolution.approval === 'blocked' ? null : resolution.assessorId,
    timKinerjaIds: timKinerjaIdsOf(options.facts, options.kind),
    ...(options.state ? { planState: options.state } : {}),
    approval: resolution.approval,
  };
}

/** The same subject without its state: authorizes the role and scope only. */
export function withoutState(subject: PolicySubject): PolicySubject {
  const { planState: _state, ...rest } = subject;
  return rest;
}
