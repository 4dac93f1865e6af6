import { describe, expect, it } from 'vitest';
import { EMAIL_PREFERENCE_DEFAULT, latestDigestWindow } from './email-preference';

describe('email digest window', () => {
  it('closes at 06.00 WIB and covers the 24 hours before', () => {
    // 7 December 2026, 06.00 WIB = 23.00 UTC on the 6th: the window of the 7th has just closed.
    expect(latestDigestWindow(new Date('2026-12-06T23:00:00Z'))).toEqual({
      day: '2026-12-07',
      from: new Date('2026-12-05T23:00:00Z'),
      until: new Date('2026-12-06T23:00:00Z'),
    });
    // One minute earlier the latest closed window is the day before's.
    expect(latestDigestWindow(new Date('2026-12-06T22:59:00Z')).day).toBe('2026-12-06');
    expect(latestDigestWindow(new Date('2026-12-07T12:00:00Z')).day).toBe('2026-12-07');
  });

  it('defaults to email on, as one daily digest', () => {
    expect(EMAIL_PREFERENCE_DEFAULT).toEqual({ enabled: true, frequency: 'daily' });
  });
});
