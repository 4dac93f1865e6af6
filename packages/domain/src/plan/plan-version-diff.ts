import { fillTemplate } from '../i18n/fill-template';
import type { Locale, LocalizedText } from '../i18n/locale';
import { PLAN_TAB_LABELS, type PlanTab } from '../periods/stages';
import type { PlanDraft } from './plan-draft';

/** The tab contents two submitted versions are compared on. */
export type PlanVersionContent = Pick<
  PlanDraft,
  | 'mainDuties'
  | 'practiceIndicatorCode'
  | 'competencyRhkCodes'
  | 'competencyIndicatorCode'
  | 'additionalDuties'
  | 'workBehaviour'
>;

/** What a code in a plan names, so the caller can give its official label. */
export type PlanItemKind =
  | 'main_duty'
  | 'practice_indicator'
  | 'competency_rhk'
  | 'competency_indicator'
  | 'additional_duty'
  | 'berakhlak_value'
  | 'behaviour';

/** Gives the official label of a code (the caller knows the period's catalogues). */
export type PlanItemNamer = (kind: PlanItemKind, code: string) => string;

/** One difference, already worded for a person. */
export type PlanItemChange = {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly text: string;
};

/** The differences on one tab of the plan. */
export type PlanSectionChanges = {
  readonly tab: PlanTab;
  readonly label: string;
  readonly changes: readonly PlanItemChange[];
};

const TEXTS = {
  added: { id: 'Ditambahkan: {item}', en: 'Added: {item}' },
  removed: { id: 'Dihapus: {item}', en: 'Removed: {item}' },
  focus: {
    id: 'Fokus utama diganti dari "{before}" menjadi "{after}"',
    en: 'Main focus changed from "{before}" to "{after}"',
  },
  practice: {
    id: 'Sub indikator diganti dari "{before}" menjadi "{after}"',
    en: 'Sub-indicator changed from "{before}" to "{after}"',
  },
  indicator: {
    id: 'Indikator diganti dari "{before}" menjadi "{after}"',
    en: 'Indicator changed from "{before}" to "{after}"',
  },
  reference: {
    id: 'SK/Surat Tugas {item} diganti dari "{before}" menjadi "{after}"',
    en: 'SK/assignment letter of {item} changed from "{before}" to "{after}"',
  },
  withReference: { id: '{item} (SK/Surat Tugas: {reference})', en: '{item} (SK: {reference})' },
  behaviour: {
    id: '{value}: perilaku diganti dari "{before}" menjadi "{after}"',
    en: '{value}: behaviour changed from "{before}" to "{after}"',
  },
  expectation: {
    id: '{value}: ekspektasi diganti dari "{before}" menjadi "{after}"',
    en: '{value}: expectation changed from "{before}" to "{after}"',
  },
  nothing: { id: 'belum dipilih', en: 'not chosen' },
  empty: { id: 'kosong', en: 'empty' },
} satisfies Record<string, LocalizedText>;

type Words = {
  say: (key: keyof typeof TEXTS, params: Record<string, string>) => string;
  name: (kind: PlanItemKind, code: string | null) => string;
};

/** Codes that appear more often in `a` than in `b` (an RHK may be chosen more than once). */
function surplus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const code of b) left.set(code, (left.get(code) ?? 0) + 1);
  return a.filter((code) => {
    const count = left.get(code) ?? 0;
    left.set(code, count - 1);
    return count <= 0;
  });
}

function addedRemoved(
  words: Words,
  kind: PlanItemKind,
  before: readonly string[],
  after: readonly string[],
): PlanItemChange[] {
  return [
    ...surplus(after, before).map((code) => ({
      kind: 'added' as const,
      text: words.say('added', { item: words.name(kind, code) }),
    })),
    ...surplus(before, after).map((code) => ({
      kind: 'removed' as const,
      text: words.say('removed', { item: words.name(kind, code) }),
    })),
  ];
}

function replaced(
  words: Words,
  key: 'focus' | 'practice' | 'indicator',
  kind: PlanItemKind,
  before: string | null,
  after: string | null,
): PlanItemChange[] {
  if (before === after) return [];
  const text = words.say(key, { before: words.name(kind, before), after: words.name(kind, after) });
  return [{ kind: 'changed', text }];
}

function dutyChanges(words: Words, before: PlanVersionContent, after: PlanVersionContent) {
  const old = new Map(before.additionalDuties.map((duty) => [duty.code, duty.skReference]));
  const now = new Map(after.additionalDuties.map((duty) => [duty.code, duty.skReference]));
  const changes: PlanItemChange[] = [];
  const named = (code: string, reference: string) =>
    words.say('withReference', { item: words.name('additional_duty', code), reference });
  for (const [code, reference] of now) {
    const previous = old.get(code);
    if (previous === undefined) {
      changes.push({ kind: 'added', text: words.say('added', { item: named(code, reference) }) });
    } else if (previous !== reference) {
      const item = words.name('additional_duty', code);
      const text = words.say('reference', { item, before: previous, after: reference });
      changes.push({ kind: 'changed', text });
    }
  }
  for (const [code, reference] of old) {
    if (!now.has(code)) {
      changes.push({
        kind: 'removed',
        text: words.say('removed', { item: named(code, reference) }),
      });
    }
  }
  return changes;
}

function behaviourChanges(words: Words, before: PlanVersionContent, after: PlanVersionContent) {
  const values = [
    ...new Set([...Object.keys(before.workBehaviour), ...Object.keys(after.workBehaviour)]),
  ] as Array<keyof PlanVersionContent['workBehaviour']>;
  const changes: PlanItemChange[] = [];
  for (const code of values) {
    const value = words.name('berakhlak_value', code);
    const old = before.workBehaviour[code];
    const now = after.workBehaviour[code];
    const oldBehaviour = old?.behaviourCode ?? null;
    const newBehaviour = now?.behaviourCode ?? null;
    if (oldBehaviour !== newBehaviour) {
      const text = words.say('behaviour', {
        value,
        before: words.name('behaviour', oldBehaviour),
        after: words.name('behaviour', newBehaviour),
      });
      changes.push({ kind: 'changed', text });
    }
    const oldText = old?.supervisorExpectation.trim() ?? '';
    const newText = now?.supervisorExpectation.trim() ?? '';
    if (oldText !== newText) {
      const empty = words.say('empty', {});
      const text = words.say('expectation', {
        value,
        before: oldText || empty,
        after: newText || empty,
      });
      changes.push({ kind: 'changed', text });
    }
  }
  return changes;
}

/**
 * What changed between two submitted versions of a plan, per tab, in words — so the atasan who
 * returned a plan sees what the pegawai changed before deciding again (domain.md §3.3, §3.10;
 * issue 11 "What changed"). Tabs without a difference are left out; identical versions give [].
 */
export function diffPlanVersions(options: {
  before: PlanVersionContent;
  after: PlanVersionContent;
  name: PlanItemNamer;
  locale: Locale;
}): PlanSectionChanges[] {
  const { before, after, locale } = options;
  const words: Words = {
    say: (key, params) => fillTemplate(TEXTS[key][locale], params, locale),
    name: (kind, code) => (code === null ? TEXTS.nothing[locale] : options.name(kind, code)),
  };
  const sections: Array<[PlanTab, PlanItemChange[]]> = [
    [
      'main_duties',
      [
        ...addedRemoved(
          words,
          'main_duty',
          before.mainDuties.dutyCodes,
          after.mainDuties.dutyCodes,
        ),
        ...replaced(
          words,
          'focus',
          'main_duty',
          before.mainDuties.focusCode,
          after.mainDuties.focusCode,
        ),
      ],
    ],
    [
      'practice',
      replaced(
        words,
        'practice',
        'practice_indicator',
        before.practiceIndicatorCode,
        after.practiceIndicatorCode,
      ),
    ],
    [
      'competency',
      [
        ...addedRemoved(
          words,
          'competency_rhk',
          before.competencyRhkCodes,
          after.competencyRhkCodes,
        ),
        ...replaced(
          words,
          'indicator',
          'competency_indicator',
          before.competencyIndicatorCode,
          after.competencyIndicatorCode,
        ),
      ],
    ],
    ['additional_duties', dutyChanges(words, before, after)],
    ['work_behaviour', behaviourChanges(words, before, after)],
  ];
  return sections
    .filter(([, changes]) => changes.length > 0)
    .map(([tab, changes]) => ({ tab, label: PLAN_TAB_LABELS[tab][locale], changes }));
}
