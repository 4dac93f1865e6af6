import { BERAKHLAK_VALUE_CODES, type BerakhlakValueCode } from '../catalogues/berakhlak';
import { findByCode } from '../catalogues/catalogue';
import { error, type ProblemSeed, type TabContext } from './plan-problem';

function isBehaviourOf(context: TabContext, value: BerakhlakValueCode, code: string): boolean {
  const entry = findByCode(context.catalogues.berakhlak, value);
  return entry?.behaviours.some((behaviour) => behaviour.code === code) ?? false;
}

function valueName(context: TabContext, value: BerakhlakValueCode): string {
  return findByCode(context.catalogues.berakhlak, value)?.name ?? value;
}

/** Perilaku Kerja: one behaviour per required BerAKHLAK value, expectations if required — domain.md §3.3 note, §4.3. */
export function validateWorkBehaviour(context: TabContext): ProblemSeed[] {
  const rule = context.ruleSet.workBehaviour;
  const problems: ProblemSeed[] = [];
  let selected = 0;
  for (const value of BERAKHLAK_VALUE_CODES) {
    const choice = context.draft.workBehaviour[value];
    const field = `workBehaviour.${value}`;
    const params = { value: valueName(context, value) };
    const code = choice?.behaviourCode ?? null;
    if (code === null || code === '') {
      if (rule.requiredValueCodes.includes(value)) {
        problems.push(error('WORK_BEHAVIOUR_VALUE_REQUIRED', `${field}.behaviourCode`, params));
      }
      continue;
    }
    if (!isBehaviourOf(context, value, code)) {
      problems.push(error('WORK_BEHAVIOUR_UNKNOWN', `${field}.behaviourCode`, { ...params, code }));
      continue;
    }
    selected += 1;
    if (rule.isSupervisorExpectationRequired && choice?.supervisorExpectation.trim() === '') {
      problems.push(
        error('SUPERVISOR_EXPECTATION_REQUIRED', `${field}.supervisorExpectation`, params),
      );
    }
  }
  if (
    selected < rule.minSelectedValues &&
    rule.requiredValueCodes.length < rule.minSelectedValues
  ) {
    problems.push(
      error('WORK_BEHAVIOUR_MIN_VALUES', 'workBehaviour', { min: rule.minSelectedValues }),
    );
  }
  return problems;
}
