import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makePlanningSchool, planOf, validContent } from './plan-test-support.js';

const PERIOD = '2024-S1';

describe('what changed: the atasan sees the difference after a returned plan comes back (issue 11)', () => {
  const t = useTestApp({ now: '2024-01-20T03:00:00.000Z' });

  it('shows added, removed and changed items per tab on the review read, to whoever reads history', async () => {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    const other = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    const guru = await clientFor(app, teacher.email);
    const kepsek = await clientFor(app, principal!.email);
    const created = planOf(await guru.post('/api/plans', { periodId: PERIOD }), 201);
    // "Data sudah sesuai" before any submission (domain.md §3.2).
    const started = planOf(await guru.post(`/api/plans/${created.id}/personal-data/confirm`));
    const first = validContent(PERIOD);
    const saved = planOf(
      await guru.put(`/api/plans/${started.id}/draft`, {
        version: started.version,
        content: first,
      }),
    );
    const submitted = planOf(await guru.post(`/api/plans/${saved.id}/submit`));
    // One submission: nothing to compare yet.
    expect(planOf(await kepsek.get(`/api/plans/${submitted.id}`)).changes).toBeNull();

    const returned = planOf(
      await kepsek.post(`/api/plans/${submitted.id}/return`, { note: 'Tambah RHK lain.' }),
    );
    const second = {
      ...first,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
      additionalDuties: [{ code: 'wali_kelas', skReference: 'SK 7/2024' }],
    };
    const resaved = planOf(
      await guru.put(`/api/plans/${returned.id}/draft`, {
        version: returned.version,
        content: second,
      }),
    );
    planOf(await guru.post(`/api/plans/${resaved.id}/submit`));

    const review = planOf(await kepsek.get(`/api/plans/${submitted.id}`));
    expect(review.changes).toMatchObject({ fromVersion: 1, toVersion: 2 });
    const sections = review.changes!.sections;
    expect(sections.map((section) => section.label)).toEqual([
      'Pengembangan Kompetensi',
      'Tugas Tambahan',
    ]);
    const texts = sections.flatMap((section) => section.changes.map((change) => change.text));
    expect(texts).toContainEqual(expect.stringMatching(/^Ditambahkan: Narasumber/));
    expect(texts).toContainEqual(expect.stringMatching(/^Dihapus: /));
    expect(texts).toContain(
      'SK/Surat Tugas Wali kelas diganti dari "SK 421/012/2026" menjadi "SK 7/2024"',
    );
    // Official names, never codes.
    expect(texts.join(' ')).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

    // The teacher reads the same; a principal of another school is refused the plan altogether.
    expect(planOf(await guru.get(`/api/plans/${submitted.id}`)).changes?.toVersion).toBe(2);
    const foreign = await clientFor(app, other.principal!.email);
    expect([403, 404]).toContain((await foreign.get(`/api/plans/${submitted.id}`)).statusCode);
  });
});
