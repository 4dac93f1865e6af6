import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readErrorResponse } from './error-envelope.js';
import { errorResponseSchema } from './errors.js';

const field = fc.record({ field: fc.oneof(fc.string(), fc.integer()), message: fc.string() });
const body = fc.oneof(
  fc.anything(),
  fc.record(
    {
      error: fc.oneof(
        fc.anything(),
        fc.record(
          {
            code: fc.oneof(fc.string(), fc.integer()),
            message: fc.oneof(fc.string(), fc.constant(null)),
            requestId: fc.oneof(fc.string(), fc.integer()),
            fields: fc.oneof(fc.array(field), fc.string()),
            extra: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('readErrorResponse', () => {
  it('reads an error answer with its fields', () => {
    const answer = {
      error: {
        code: 'VALIDATION',
        message: 'Periksa isian.',
        requestId: 'r1',
        fields: [{ field: 'email', message: 'Email tidak valid' }],
      },
    };
    expect(readErrorResponse(answer)).toEqual(answer);
    expect(readErrorResponse({ error: { code: 'X' } })).toBeNull();
  });

  it('accepts and returns exactly what errorResponseSchema does', () => {
    fc.assert(
      fc.property(body, (candidate) => {
        const parsed = errorResponseSchema.safeParse(candidate);
        expect(readErrorResponse(candidate)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 200 },
    );
  });
});
