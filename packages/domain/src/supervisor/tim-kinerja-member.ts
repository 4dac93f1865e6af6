import type { MessageCode } from '../errors/messages';
import type { EmployeeKind } from '../plan/plan-draft';
import type { RuleSet } from '../rule-sets/rule-set';

/** What is known of a proposed Tim Kinerja member, relative to the employee's school and period. */
export type TimKinerjaCandidate = {
  /** Whose Tim Kinerja: a teacher's or a principal's. */
  readonly employeeKind: EmployeeKind;
  /** The member is the employee. */
  readonly isSelf: boolean;
  /** The member is on the staff (Dapodik) of the employee's school. */
  readonly isStaffOfSchool: boolean;
  /** The member leads the employee's school in the period (definitive or Plt). */
  readonly leadsSchool: boolean;
  /** The member is a pengawas of the employee's school. */
  readonly isPengawasOfSchool: boolean;
  /** The member is an official of a Dinas governing the school (its level and region, §1.1). */
  readonly isDinasOfSchool: boolean;
};

/**
 * Null when the person may be plotted in the employee's Tim Kinerja, else the reason code.
 *
 * - Only where the period's rule set has Tim Kinerja plotting (Pra-Perencanaan 2026) — §1.1, §2.2.
 * - A teacher's Tim Kinerja: colleagues on the staff of the same school, who took part in
 *   monitoring and coaching (§1.1 "Tim Kinerja"). Not the teacher (nobody recommends on
 *   themselves) and not the head of the school: the Kepala Sekolah is the PPK who receives the
 *   recommendations and assesses anyway (§1.2), and a Plt confirms execution as atasan.
 * - A principal's Tim Kinerja: the pengawas of that school (Perdirjen 7607 Pasal 25) and officials
 *   of the Dinas that assesses it (§1.1 Pengawas, §1.2), never the principal themself.
 */
export function checkTimKinerjaMember(
  ruleSet: Pick<RuleSet, 'timKinerja'>,
  candidate: TimKinerjaCandidate,
): MessageCode | null {
  if (!ruleSet.timKinerja.isPlotted) return 'TIM_KINERJA_NOT_IN_PERIOD';
  if (candidate.isSelf) return 'TIM_KINERJA_SELF';
  if (candidate.employeeKind === 'teacher') {
    return candidate.isStaffOfSchool && !candidate.leadsSchool
      ? null
      : 'TIM_KINERJA_TEACHER_MEMBER';
  }
  return candidate.isPengawasOfSchool || candidate.isDinasOfSchool
    ? null
    : 'TIM_KINERJA_PRINCIPAL_MEMBER';
}
