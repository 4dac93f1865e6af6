import type { Catalogue } from './catalogue';
import { gap, known, type Sourced } from './sourced';

/** A competency indicator that a 2025+ plan picks exactly one of. */
export type CompetencyIndicator = { readonly code: string; readonly name: string };

/** The competences: the four of Model Kompetensi Guru, and the principal's one group (§4.5 [I]). */
export type CompetencyGroupCode =
  'pedagogik' | 'kepribadian' | 'sosial' | 'profesional' | 'kepala_sekolah';

/** A competence of the Model Kompetensi Guru (or the principal's catalogue) with its indicators. */
export type CompetencyGroup = {
  readonly code: CompetencyGroupCode;
  readonly order: number;
  readonly name: Sourced<string>;
  readonly indicators: Sourced<readonly CompetencyIndicator[]>;
};

const NAME_SOURCE = { source: 'domain.md §4.5; POSKOTA-REFKOM', confidence: 'S' } as const;
const INDICATORS_NOT_FOUND = gap({
  source: 'not found — domain.md §4.5, §8.1',
  note: 'Indicator list of Model Kompetensi Guru (Perdirjen GTK 2626/B/HK.04.01/2023).',
});

function group(code: CompetencyGroup['code'], order: number, name: string): CompetencyGroup {
  return { code, order, name: known(name, NAME_SOURCE), indicators: INDICATORS_NOT_FOUND };
}

/** 2025+ competency indicators by competence; the lists are gaps to fill — domain.md §4.5. */
export const competencyIndicators2025: Catalogue<CompetencyGroup> = {
  id: 'competency-indicators-2025',
  version: '2025.1',
  title: { id: 'Indikator Pengembangan Kompetensi 2025+', en: 'Competency indicators 2025+' },
  sourceKeys: ['MODELKOMP', 'POSKOTA-REFKOM', 'KABAJUOLAI', 'SEED1'],
  items: [
    group('pedagogik', 1, 'Pedagogik'),
    group('kepribadian', 2, 'Kepribadian'),
    group('sosial', 3, 'Sosial'),
    group('profesional', 4, 'Profesional'),
  ],
  missing: [],
};

/** Every known indicator of a competency catalogue, across groups. */
export function listCompetencyIndicators(
  catalogue: Catalogue<CompetencyGroup>,
): readonly CompetencyIndicator[] {
  return catalogue.items.flatMap((item) => item.indicators.value ?? []);
}

/** A copy of the catalogue with one group's indicators filled in (what an administrator does). */
export function fillCompetencyIndicators(options: {
  catalogue: Catalogue<CompetencyGroup>;
  groupCode: CompetencyGroup['code'];
  indicators: readonly CompetencyIndicator[];
  source: string;
}): Catalogue<CompetencyGroup> {
  const indicators = known(options.indicators, { source: options.source, confidence: 'C' });
  const items = options.catalogue.items.map((item) =>
    item.code === options.groupCode ? { ...item, indicators } : item,
  );
  return { ...options.catalogue, items };
}
