import { monthName, type IsoDate } from '../common/dates';
import type { LocalizedText } from '../i18n/locale';
import type { Periodicity, RuleSet } from '../rule-sets/rule-set';
import { findEvaluationDocument, type EvaluationDocument } from './evaluation-documents';
import type { Predikat, Rating } from './ratings';

/** Every "Tipe Periodik" choice, and how a person reads it — domain.md §5.5. */
export const PERIODICITIES: readonly Periodicity[] = ['none', 'monthly', 'quarterly'];

/** Labels of the choices, as e-Kinerja's Manajemen Periode names them. */
export const PERIODICITY_LABELS: { readonly [P in Periodicity]: LocalizedText } = {
  none: { id: 'Tidak dibuat', en: 'Not generated' },
  monthly: { id: 'Bulanan', en: 'Monthly' },
  quarterly: { id: 'Triwulanan', en: 'Quarterly' },
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** One periodic assessment for e-Kinerja, generated from a final evaluation document. */
export type PeriodicAssessment = {
  readonly tipePeriodik: 'bulanan' | 'triwulanan';
  /** The month (1–12) or quarter (1–4) of the year: e-Kinerja's "Angka Periodik", never repeated. */
  readonly angkaPeriodik: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** "Triwulan I 2026 (Januari–Maret)" or "Januari 2026". */
  readonly label: LocalizedText;
  readonly document: EvaluationDocument;
  readonly workResultRating: Rating;
  readonly workBehaviourRating: Rating;
  readonly predikat: Predikat;
};

/** What a final evaluation document says, as the generator needs it. */
export type FinalDocumentFacts = {
  readonly document: EvaluationDocument;
  readonly workResultRating: Rating;
  readonly workBehaviourRating: Rating;
  readonly predikat: Predikat;
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthOf = (date: IsoDate) => Number(date.slice(5, 7));

function slice(year: number, periodicity: 'monthly' | 'quarterly', n: number) {
  const [first, last] = periodicity === 'monthly' ? [n, n] : [3 * n - 2, 3 * n];
  const start = `${year}-${pad(first)}-01`;
  const end = `${year}-${pad(last)}-${pad(lastDay(year, last))}`;
  const label: LocalizedText =
    periodicity === 'monthly'
      ? { id: `${monthName(n)} ${year}`, en: `${monthName(n, 'en')} ${year}` }
      : {
          id: `Triwulan ${ROMAN[n - 1]} ${year} (${monthName(first)}–${monthName(last)})`,
          en: `Quarter ${ROMAN[n - 1]} ${year} (${monthName(first, 'en')}–${monthName(last, 'en')})`,
        };
  return { start, end, label };
}

/**
 * The periodic assessments e-Kinerja expects from one final evaluation document: one per month or
 * quarter the document covers ("Angka Periodik" = month or quarter of the year). How a periodic
 * assessment relates to the annual one is not in the guides [I] (domain.md §5.5, §8.1), so each
 * carries its document's ratings and predikat — the PPK's judgement for the months it covers. A
 * document whose months another document already covers (the 2024 "Akhir") generates none, so no
 * Angka Periodik is ever sent twice (§5.5 "no duplicate Angka Periodik").
 */
export function periodicAssessmentsFor(options: {
  ruleSet: RuleSet;
  periodicity: Periodicity;
  facts: FinalDocumentFacts;
}): PeriodicAssessment[] {
  const { ruleSet, periodicity, facts } = options;
  if (periodicity === 'none') return [];
  const info = findEvaluationDocument(ruleSet, facts.document);
  // The 2024 Akhir counts the semesters' months again (the same reason it earns no angka kredit).
  if (!info || !info.countsForAngkaKredit) return [];
  const year = Number(info.start.slice(0, 4));
  const toSlice = (month: number) => (periodicity === 'monthly' ? month : Math.ceil(month / 3));
  const first = toSlice(monthOf(info.start));
  const last = toSlice(monthOf(info.end));
  const result: PeriodicAssessment[] = [];
  for (let n = first; n <= last; n++) {
    result.push({
      tipePeriodik: periodicity === 'monthly' ? 'bulanan' : 'triwulanan',
      angkaPeriodik: n,
      ...slice(year, periodicity, n),
      document: facts.document,
      workResultRating: facts.workResultRating,
      workBehaviourRating: facts.workBehaviourRating,
      predikat: facts.predikat,
    });
  }
  return result;
}

/** The periodicity in force: the administrator's choice for the period, else the rule set's default. */
export function periodicityFor(
  ruleSet: RuleSet,
  stored: Periodicity | null | undefined,
): Periodicity {
  return stored ?? ruleSet.periodicAssessment.defaultPeriodicity;
}
