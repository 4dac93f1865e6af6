import type {
  PlanContent,
  PlanOptionsResponse,
  PlanTab,
  PracticeOptionsResponse,
} from '@kinerja/contract';

/** One "Simpan Draf" of a simulated teacher: the whole content so far and the tab being left. */
export type DraftStep = { content: PlanContent; lastTab: PlanTab | undefined };

type Part = { tab: PlanTab; fill: (content: PlanContent) => PlanContent };

/**
 * The saves of a teacher filling the tabs in order, as the web app saves after each change: main
 * duties, Praktik Kinerja, Pengembangan Kompetensi, Tugas Tambahan, then Perilaku Kerja in two
 * halves — six saves, each carrying the whole draft so far (domain.md §3.3, §3.5).
 */
export function draftSteps(input: {
  start: PlanContent;
  options: PlanOptionsResponse;
  practice: PracticeOptionsResponse;
}): DraftStep[] {
  const { options } = input;
  const tabs = new Set(options.tabs.map((tab) => tab.code));
  const values = options.workBehaviour.values;
  const half = Math.ceil(values.length / 2);
  const parts: Part[] = [
    { tab: 'main_duties', fill: (c) => withMainDuties(c, options, tabs.has('main_duties')) },
    { tab: 'practice', fill: (c) => withPractice(c, input.practice) },
    { tab: 'competency', fill: (c) => withCompetency(c, options) },
    { tab: options.additionalDuties.tab, fill: (c) => withAdditionalDuty(c, options) },
    { tab: 'work_behaviour', fill: (c) => withBehaviours(c, options, values.slice(0, half)) },
    { tab: 'summary', fill: (c) => withBehaviours(c, options, values.slice(half)) },
  ];
  const steps: DraftStep[] = [];
  let content = input.start;
  for (const part of parts) {
    content = part.fill(content);
    steps.push({ content, lastTab: tabs.has(part.tab) ? part.tab : undefined });
  }
  return steps;
}

function withMainDuties(
  content: PlanContent,
  options: PlanOptionsResponse,
  isShown: boolean,
): PlanContent {
  if (!isShown) return content;
  const codes = options.mainDuties.duties.slice(0, 2).map((duty) => duty.code);
  return { ...content, mainDuties: { dutyCodes: codes, focusCode: codes.at(-1) ?? null } };
}

function withPractice(content: PlanContent, practice: PracticeOptionsResponse): PlanContent {
  // A recommended sub-indicator first, as the guide suggests ("Rekomendasi"), else the first other.
  const chosen = practice.recommended[0] ?? practice.others[0];
  return { ...content, practiceIndicatorCode: chosen?.code ?? null };
}

function withCompetency(content: PlanContent, options: PlanOptionsResponse): PlanContent {
  const competency = options.competency;
  if (competency.mode === 'indicator') {
    const group = competency.groups.find((g) => !g.isGap && g.indicators.length > 0);
    return { ...content, competencyIndicatorCode: group?.indicators[0]?.code ?? null };
  }
  const codes: string[] = [];
  let total = 0;
  for (const rhk of competency.rhks) {
    if (total >= competency.minPoints) break;
    if (!rhk.isAvailable || rhk.points === null) continue;
    codes.push(rhk.code);
    total += rhk.points;
  }
  return { ...content, competencyRhkCodes: codes };
}

function withAdditionalDuty(content: PlanContent, options: PlanOptionsResponse): PlanContent {
  const duty = options.additionalDuties.duties[0];
  if (!duty) return content;
  return {
    ...content,
    additionalDuties: [{ code: duty.code, skReference: 'SK 800/017/SEK/2026' }],
  };
}

function withBehaviours(
  content: PlanContent,
  options: PlanOptionsResponse,
  values: PlanOptionsResponse['workBehaviour']['values'],
): PlanContent {
  const expectation = options.workBehaviour.isSupervisorExpectationRequired
    ? 'Disepakati bersama Kepala Sekolah.'
    : '';
  const chosen = Object.fromEntries(
    values.map((value) => [
      value.code,
      { behaviourCode: value.behaviours[0]?.code ?? '', supervisorExpectation: expectation },
    ]),
  );
  return { ...content, workBehaviour: { ...content.workBehaviour, ...chosen } };
}
