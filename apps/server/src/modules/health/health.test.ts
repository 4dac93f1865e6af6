import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';

describe('GET /api/health', () => {
  const t = useTestApp();

  it('answers ok while the database answers', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document with the login route', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json<{ paths: object }>().paths)).toContain('/api/auth/login');
  });

  it('gives a JSON 404 for unknown API paths', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/tidak-ada' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
