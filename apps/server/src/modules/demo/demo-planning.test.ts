import type {
  CompetencyCatalogueResponse,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { client, planOf, validContent } from '../plans/plan-test-support.js';
import { signIn } from '../../test/factories.js';
import { DEMO_PASSWORD, demoPeople } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

const email = (key: string) => demoPeople.find((person) => person.key === key)!.email;

describe('demo data for planning', () => {
  const t = useTestApp({ now: '2026-01-12T03:00:00.000Z' });

  it('labels its placeholder competency indicators as demo, and lets a demo teacher submit a 2026 plan', async () => {
    const { app, ctx } = t();
    expect(await seedDemoIfEmpty(ctx)).not.toBeNull();
    const andi = client(app, await signIn(app, email('andi'), DEMO_PASSWORD));

    const catalogue = (
      await andi.get('/api/catalogues/competency-indicators?periodId=2026')
    ).json<CompetencyCatalogueResponse>();
    const filled = catalogue.groups.filter((group) => !group.isGap);
    expect(filled.length).toBeGreaterThan(0);
    for (const group of filled) {
      expect(group.source).toContain('Contoh demo');
      for (const indicator of group.indicators)
        expect(indicator.name.startsWith('[Contoh demo] ')).toBe(true);
    }

    const plan = planOf(await andi.post('/api/plans', { periodId: '2026' }), 201);
    const practice = (
      await andi.get(`/api/plans/${plan.id}/practice-options`)
    ).json<PracticeOptionsResponse>();
    expect(practice.recommended.map((option) => [option.code, option.raporScore])).toEqual([
      ['penerapan_disiplin_positif', 42.5],
      ['umpan_balik_konstruktif', 48],
    ]);
    const options = (await andi.get(`/api/plans/${plan.id}/options`)).json<PlanOptionsResponse>();
    expect(options.competency.mode).toBe('indicator');
    const confirmed = planOf(await andi.post(`/api/plans/${plan.id}/personal-data/confirm`));
    const content = { ...validContent('2026'), competencyIndicatorCode: 'demo_pedagogik_1' };
    const saved = planOf(
      await andi.put(`/api/plans/${plan.id}/draft`, { version: confirmed.version, content }),
    );
    expect(saved.isValid).toBe(true);
    expect(planOf(await andi.post(`/api/plans/${plan.id}/submit`)).status).toBe('submitted');
  });
});
