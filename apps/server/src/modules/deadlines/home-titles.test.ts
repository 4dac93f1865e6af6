import { describe, expect, it } from 'vitest';
import { todoText } from './home-titles.js';

describe('the own plan to-do before and during the planning window (issue #11)', () => {
  it('says when Perencanaan Kinerja opens while it is still ahead (Pra-Perencanaan)', () => {
    const text = todoText('plan_not_started', {
      count: null,
      dueOn: '2026-01-31',
      opensOn: '2026-01-12',
    });
    expect(text.description).toBe(
      'Perencanaan Kinerja dibuka pada 12 Januari 2026; ajukan paling lambat 31 Januari 2026.',
    );
  });

  it('says only the last day once the window is open', () => {
    const text = todoText('plan_draft', { count: null, dueOn: '2026-01-31', opensOn: null });
    expect(text.description).toBe('Ajukan paling lambat 31 Januari 2026.');
  });
});
