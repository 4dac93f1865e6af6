import type { Plan } from '@kinerja/contract';
import type { RuleSet } from '@kinerja/domain';
import { isoDateInJakarta } from '../periods/current-period.js';
import {
  approvePlan,
  assess,
  confirmChecklist,
  draftPlan,
  finishCycle,
  prepareCycle,
  returnPlan,
  sendChecklist,
  sendReflection,
  submitPlan,
} from './demo-journeys.js';
import type { DemoSeason } from './demo-season.js';
import { dayInStage } from './demo-season.js';
import type { DemoClient, DemoSeeder } from './seed-context.js';

/** Who supervises whom in the demo region (demo-data.ts): school A's head, school B's Plt, the pengawas. */
const TEAMS = [
  { supervisor: 'kepsekA', employees: ['andi', 'rina', 'dewi', 'hendra', 'yuni'] },
  { supervisor: 'pltB', employees: ['sri', 'agus', 'maya'] },
] as const;

type Person = (key: string) => Promise<DemoClient>;

/** The role a demo person acts in when supervising or observing (contract RoleCode). */
const SUPERVISING_ROLE: Record<string, string> = {
  kepsekA: 'principal_supervisor',
  pltB: 'principal_supervisor',
  pengawas: 'pengawas',
  dinasProv: 'dinas_official',
};

/** One employee's plan with the supervisor and observer of its Siklus (domain.md §2.3, §3.8). */
type Agreed = { key: string; plan: Plan; observer: string; confirmer: string };

/**
 * Plans of a planning window in every state a supervisor meets (domain.md §3.10): a draft, two
 * waiting, one agreed, one returned; school C (no head) has a plan only the Dinas can place.
 */
async function planningWeek(person: Person, boss: Person, periodId: string): Promise<void> {
  const draft = (key: string) => person(key).then((me) => draftPlan(me, { periodId }));
  const submitted = async (key: string) => submitPlan(await person(key), await draft(key));
  await draft('rina');
  await submitted('dewi');
  await approvePlan(await boss('kepsekA'), await submitted('hendra'));
  await returnPlan(
    await boss('kepsekA'),
    await submitted('yuni'),
    'Lengkapi nomor SK tugas tambahan wali kelas.',
  );
  await submitted('sri');
  await approvePlan(await boss('pltB'), await submitted('agus'));
  await submitted('joko');
}

/** Every teacher of schools A and B and the head of A agree on their plans (domain.md §3.10). */
async function agreedPlans(person: Person, boss: Person, periodId: string): Promise<Agreed[]> {
  const agreed: Agreed[] = [];
  for (const team of TEAMS) {
    const supervisor = await boss(team.supervisor);
    for (const key of team.employees) {
      const me = await person(key);
      const plan = await approvePlan(
        supervisor,
        await submitPlan(me, await draftPlan(me, { periodId })),
      );
      agreed.push({ key, plan, observer: team.supervisor, confirmer: team.supervisor });
    }
  }
  const head = await person('kepsekA');
  // 2026 approves a head's plan on submission; earlier the Dinas assessor approves it (§1.2).
  const own = await approvePlan(
    await boss('dinasProv'),
    await submitPlan(head, await draftPlan(head, { periodId, kind: 'principal' })),
  );
  // The pengawas observes the head's Siklus; the Dinas assessor confirms the documents (§3.7, §3.8).
  agreed.push({ key: 'kepsekA', plan: own, observer: 'pengawas', confirmer: 'dinasProv' });
  const joko = await person('joko');
  await submitPlan(joko, await draftPlan(joko, { periodId }));
  return agreed;
}

/** The written documents the period asks for, sent and — when `confirm` — confirmed (§3.6). */
async function documents(
  person: Person,
  boss: Person,
  ruleSet: RuleSet,
  entry: Agreed,
  confirm: boolean,
): Promise<void> {
  const kinds = ruleSet.evidence.documents;
  const me = await person(entry.key);
  if (kinds.includes('competency_reflection')) await sendReflection(me, entry.plan.id);
  if (!kinds.includes('main_duties_checklist')) return;
  await sendChecklist(me, entry.plan.id);
  if (confirm) await confirmChecklist(await boss(entry.confirmer), entry.plan.id);
}

/** Execution under way: some documents waiting for confirmation, Siklus waiting for the observer. */
async function executionUnderWay(
  person: Person,
  boss: Person,
  ruleSet: RuleSet,
  agreed: Agreed[],
  on: string,
) {
  const by = (key: string) => agreed.find((entry) => entry.key === key)!;
  await documents(person, boss, ruleSet, by('rina'), false);
  await documents(person, boss, ruleSet, by('dewi'), true);
  await documents(person, boss, ruleSet, by('sri'), false);
  for (const key of ['dewi', 'hendra', 'agus', 'kepsekA'])
    await prepareCycle(await person(key), by(key).plan.id, on);
}

/** Execution done for everyone: documents confirmed, Siklus A–E completed (domain.md §2.3). */
async function executionDone(
  person: Person,
  boss: Person,
  ruleSet: RuleSet,
  agreed: Agreed[],
  on: string,
) {
  for (const entry of agreed) {
    await documents(person, boss, ruleSet, entry, true);
    const me = await person(entry.key);
    const cycle = await prepareCycle(me, entry.plan.id, on);
    await finishCycle(me, await boss(entry.observer), {
      planId: entry.plan.id,
      cycle,
      actionOn: on,
    });
  }
}

/**
 * Penilaian under way (domain.md §5): some assessments set, one saved as a draft, others waiting;
 * the head's own assessment stays with the Dinas and the pengawas' recommendation.
 */
async function assessmentsUnderWay(boss: Person, agreed: Agreed[]) {
  const by = (key: string) => agreed.find((entry) => entry.key === key)!.plan.id;
  const head = await boss('kepsekA');
  const plt = await boss('pltB');
  const good = { result: 'meets_expectations', behaviour: 'meets_expectations' };
  await assess(head, by('rina'), { ...good, isFinal: true });
  await assess(head, by('dewi'), {
    result: 'above_expectations',
    behaviour: 'meets_expectations',
    isFinal: true,
  });
  await assess(head, by('andi'), { ...good, isFinal: false });
  await assess(plt, by('sri'), { ...good, isFinal: true });
}

/**
 * Seeds the demo year so that every demo login finds work on `now` (issue 13 item 4): the state
 * of the period and stage the day falls in, reached through the app's own routes at dates inside
 * each earlier window. Pre-planning needs nothing beyond the people: their data waits to be confirmed.
 */
export async function seedDemoYear(
  seeder: DemoSeeder,
  options: { season: DemoSeason; now: Date; personIds: Record<string, string> },
): Promise<void> {
  const { season, now, personIds } = options;
  const { ruleSet, stage, period } = season;
  const person: Person = (key) => seeder.as(personIds[key]!);
  const boss: Person = (key) => seeder.as(personIds[key]!, SUPERVISING_ROLE[key]);
  if (stage === 'pre_planning') return;
  if (stage === 'planning') {
    seeder.at(now);
    return planningWeek(person, boss, period.id);
  }
  seeder.at(dayInStage(ruleSet, 'planning', 2));
  const agreed = await agreedPlans(person, boss, period.id);
  if (stage === 'execution') {
    seeder.at(now);
    return executionUnderWay(person, boss, ruleSet, agreed, isoDateInJakarta(now));
  }
  const executionDay = dayInStage(ruleSet, 'execution', 30);
  seeder.at(executionDay);
  await executionDone(person, boss, ruleSet, agreed, isoDateInJakarta(executionDay));
  seeder.at(now);
  await assessmentsUnderWay(boss, agreed);
}
