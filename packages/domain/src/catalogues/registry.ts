import { additionalDuties2024 } from './additional-duties-2024';
import { additionalDuties2025 } from './additional-duties-2025';
import type { AdditionalDuty } from './additional-duty';
import { berakhlak, type BerakhlakValue } from './berakhlak';
import { careerLevels } from './career-levels';
import type { Catalogue, CatalogueId } from './catalogue';
import { competencyIndicators2025, type CompetencyGroup } from './competency-indicators-2025';
import { competencyIndicatorsPrincipal } from './competency-indicators-principal';
import { competencyRhk2024, type CompetencyRhk } from './competency-rhk-2024';
import { mainDuties, principalMainDuties, type MainDuty } from './main-duties';
import { principalPracticeIndicators } from './practice-indicators-principal';
import { teacherPracticeIndicators, type PracticeIndicator } from './practice-indicators-teacher';
import { promotionThresholds } from './promotion-thresholds';
import { ranks } from './ranks';

/** Catalogues a plan is validated against; the server passes the administrator-edited copies. */
export type CatalogueSet = {
  readonly practiceIndicators: Readonly<Partial<Record<CatalogueId, Catalogue<PracticeIndicator>>>>;
  readonly additionalDuties: Readonly<Partial<Record<CatalogueId, Catalogue<AdditionalDuty>>>>;
  readonly competencyRhks: Readonly<Partial<Record<CatalogueId, Catalogue<CompetencyRhk>>>>;
  readonly competencyIndicators: Readonly<Partial<Record<CatalogueId, Catalogue<CompetencyGroup>>>>;
  readonly mainDuties: Catalogue<MainDuty>;
  /** The principal's tugas pokok (chosen by `mainDutiesFor`) — domain.md §3.8. */
  readonly principalMainDuties: Catalogue<MainDuty>;
  readonly berakhlak: Catalogue<BerakhlakValue>;
};

/** The catalogues as seeded from domain.md §4 and Appendix A. */
export const seedCatalogues: CatalogueSet = {
  practiceIndicators: {
    'practice-indicators-teacher': teacherPracticeIndicators,
    'practice-indicators-principal': principalPracticeIndicators,
  },
  additionalDuties: {
    'additional-duties-2024': additionalDuties2024,
    'additional-duties-2025': additionalDuties2025,
  },
  competencyRhks: { 'competency-rhk-2024': competencyRhk2024 },
  competencyIndicators: {
    'competency-indicators-2025': competencyIndicators2025,
    'competency-indicators-principal': competencyIndicatorsPrincipal,
  },
  mainDuties,
  principalMainDuties,
  berakhlak,
};

/** Every seeded catalogue, for seeding the database and listing gaps. */
export const ALL_CATALOGUES: readonly Catalogue<unknown>[] = [
  teacherPracticeIndicators,
  principalPracticeIndicators,
  berakhlak,
  mainDuties,
  principalMainDuties,
  additionalDuties2024,
  additionalDuties2025,
  competencyRhk2024,
  competencyIndicators2025,
  competencyIndicatorsPrincipal,
  ranks,
  careerLevels,
  promotionThresholds,
];

/** Looks up a catalogue a rule set names; a missing one is a configuration bug. */
export function requireCatalogue<T>(
  table: Readonly<Partial<Record<CatalogueId, Catalogue<T>>>>,
  id: CatalogueId,
): Catalogue<T> {
  const catalogue = table[id];
  if (!catalogue) throw new Error(`catalogue ${id} is not in the catalogue set`);
  return catalogue;
}
