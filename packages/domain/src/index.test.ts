import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('public API of @kinerja/domain', () => {
  it.each([
    'DomainError',
    'messages',
    'messageFor',
    'ROLE_CODES',
    'roleLabel',
    'PERIOD_VERSIONS',
    'ruleSetFor',
    'periodDefinitions',
    'listCatalogueGaps',
    'seedCatalogues',
    'validatePlan',
    'transitionPlan',
    'applyPlanCommand',
    'applyRhkChange',
    'resolveSupervisor',
    'transitionDocument',
    'applyDocumentCommand',
    'transitionPractice',
    'predikatFor',
    'angkaKredit',
    'promotionProgress',
    'checkDistribution',
    'transitionAssessment',
    'applyPersonalDataEdit',
    'stageDeadlines',
    'can',
    'abilitiesFor',
    'localize',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });

  it('does not leak internal helpers', () => {
    expect(domain).not.toHaveProperty('error');
    expect(domain).not.toHaveProperty('duplicatesOf');
    expect(domain).not.toHaveProperty('stageWindow');
  });

  it('localize picks a locale, Indonesian by default', () => {
    const text = { id: 'Simpan Draf', en: 'Save draft' };
    expect(domain.localize(text)).toBe('Simpan Draf');
    expect(domain.localize(text, 'en')).toBe('Save draft');
  });
});
