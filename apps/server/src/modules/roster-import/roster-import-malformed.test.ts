import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson, signIn } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

type ErrorBody = { error: { code: string; message: string } };

/** Issue 12 finding 7: a malformed multipart upload is a 400 with a message, never a 500. */
describe('POST /api/roster-imports with a malformed multipart body', () => {
  const t = useTestApp();
  let headers: Record<string, string>;

  beforeAll(async () => {
    const { app, ctx } = t();
    const admin = await makePerson(ctx.db);
    await grantRole(ctx.db, { personId: admin.id, role: 'admin' });
    headers = await signIn(app, admin.email!);
  });

  const bodies: Array<{ name: string; contentType: string; payload: string }> = [
    {
      name: 'no boundary in the content type',
      contentType: 'multipart/form-data',
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nNPSN\r\n--x--\r\n',
    },
    {
      name: 'a body cut off before the closing boundary',
      contentType: 'multipart/form-data; boundary=x',
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nNPSN,Nama',
    },
    {
      name: 'a part without headers',
      contentType: 'multipart/form-data; boundary=x',
      payload: '--x\r\n\r\n\r\nsampah\r\n--x--\r\n',
    },
    {
      name: 'garbage instead of parts',
      contentType: 'multipart/form-data; boundary=x',
      payload: '\u0000\u0001 ini bukan multipart',
    },
  ];

  for (const body of bodies) {
    it(`answers 400 with a message for ${body.name}`, async () => {
      const { app } = t();
      const response = await app.inject({
        method: 'POST',
        url: '/api/roster-imports',
        headers: { ...headers, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(response.statusCode, response.body).toBe(400);
      const error = response.json<ErrorBody>().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/berkas|multipart/);
    });
  }
});
