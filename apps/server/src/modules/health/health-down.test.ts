import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';

describe('GET /api/health with the database gone', () => {
  const t = useTestApp();

  it('answers 503 when the database no longer answers', async () => {
    await t().ctx.database.close();
    const response = await t().app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });
});
