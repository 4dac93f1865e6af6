/** Marks the placeholder texts so nobody mistakes them for official wording (domain.md §8.1). */
const SOURCE = 'Contoh benchmark — bukan teks resmi Model Kompetensi Guru';

/** Placeholder 2025+ competency indicators, like the demo seed's "[Contoh demo]" ones. */
const INDICATORS = {
  pedagogik: [
    { code: 'bench_pedagogik_1', name: '[Contoh benchmark] Merancang pembelajaran berpusat murid' },
    { code: 'bench_pedagogik_2', name: '[Contoh benchmark] Menggunakan asesmen untuk umpan balik' },
  ],
  profesional: [
    { code: 'bench_profesional_1', name: '[Contoh benchmark] Memperdalam materi ajar' },
  ],
};

/**
 * Fills the competency-indicator gap of a 2025+ period through the administrator's endpoint
 * (PUT /api/catalogues/competency-indicators/:periodId/:groupCode), as an administrator would;
 * without it no 2025+ plan can be valid (domain.md §4.5, §8.1).
 */
export async function fillCompetencyIndicators(input: {
  appUrl: string;
  adminCookie: string;
  periodId: string;
}): Promise<void> {
  if (input.periodId.startsWith('2024')) return;
  const me = await fetch(new URL('/api/me', input.appUrl), {
    headers: { cookie: input.adminCookie },
  });
  if (me.status !== 200) throw new Error(`admin GET /api/me: ${me.status} ${await me.text()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  for (const [group, indicators] of Object.entries(INDICATORS)) {
    const path = `/api/catalogues/competency-indicators/${input.periodId}/${group}`;
    const response = await fetch(new URL(path, input.appUrl), {
      method: 'PUT',
      headers: {
        cookie: input.adminCookie,
        'x-csrf-token': csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ source: SOURCE, indicators }),
    });
    if (response.status !== 200) {
      throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
    }
  }
}
