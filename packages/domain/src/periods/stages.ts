import type { LocalizedText } from '../i18n/locale';

/** Stages of a period, in order — domain.md §2.2. */
export const STAGES = ['pre_planning', 'planning', 'execution', 'assessment'] as const;

/** A stage of a period. */
export type Stage = (typeof STAGES)[number];

/** Official stage names (2025 calls pre-planning "Pemutakhiran Data" — domain.md §2.2). */
export const STAGE_LABELS: { readonly [S in Stage]: LocalizedText } = {
  pre_planning: { id: 'Pra-Perencanaan', en: 'Pre-planning' },
  planning: { id: 'Perencanaan Kinerja', en: 'Planning' },
  execution: { id: 'Pelaksanaan Kinerja', en: 'Execution' },
  assessment: { id: 'Penilaian Kinerja', en: 'Assessment' },
};

/** Tabs of the planning screen; each rule set lists the ones it shows, in order — domain.md §3.3, §3.5. */
export const PLAN_TABS = [
  'pre_planning',
  'main_duties',
  'practice',
  'competency',
  'additional_duties',
  'work_behaviour',
  'summary',
] as const;

/** A planning tab. */
export type PlanTab = (typeof PLAN_TABS)[number];

/** Official tab names from the guides — domain.md §3.3, §3.5, §3.7. */
export const PLAN_TAB_LABELS: { readonly [T in PlanTab]: LocalizedText } = {
  pre_planning: { id: 'Pra-Perencanaan', en: 'Pre-planning' },
  main_duties: { id: 'Pelaksanaan Tugas Pokok', en: 'Main duties' },
  practice: { id: 'Praktik Kinerja', en: 'Practice' },
  competency: { id: 'Pengembangan Kompetensi', en: 'Competency development' },
  additional_duties: { id: 'Tugas Tambahan', en: 'Additional duties' },
  work_behaviour: { id: 'Perilaku Kerja', en: 'Work behaviour' },
  summary: { id: 'Rangkuman', en: 'Summary' },
};
