import type { MeResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { notificationTarget, roleForNotification } from './notification-target';

const grant = (role: MeResponse['roles'][number]['role']) => ({
  role,
  label: role,
  schoolId: null,
  schoolName: null,
  dinasId: null,
  dinasName: null,
});

describe('where a notification leads and as which role (issue #11 item 1)', () => {
  const principal = {
    roles: [grant('principal_supervisor'), grant('principal_employee')],
  };

  it('switches a principal acting as atasan to Sebagai Pegawai for news of their own plan', () => {
    expect(
      roleForNotification({ ...principal, activeRole: 'principal_supervisor' }, 'plan_approved'),
    ).toBe('principal_employee');
    expect(
      roleForNotification({ ...principal, activeRole: 'principal_employee' }, 'plan_approved'),
    ).toBeNull();
  });

  it('switches to the atasan role for a teacher’s submitted plan, and keeps a serving role', () => {
    expect(
      roleForNotification({ ...principal, activeRole: 'principal_employee' }, 'plan_submitted'),
    ).toBe('principal_supervisor');
    const dinas = { roles: [grant('dinas_official')], activeRole: 'dinas_official' as const };
    expect(roleForNotification(dinas, 'document_sent')).toBeNull();
    expect(roleForNotification(dinas, 'assessment_recommended')).toBeNull();
  });

  it('sends the Dinas to pages it can use: Pelaksanaan for a document, the form for a recommendation', () => {
    expect(notificationTarget({ kind: 'document_sent', planId: 'p-1' })).toBe(
      '/periksa/pelaksanaan',
    );
    expect(notificationTarget({ kind: 'assessment_recommended', planId: 'p-1' })).toBe(
      '/penilaian/p-1',
    );
  });

  it('never switches to a role the person does not have', () => {
    const pengawas = { roles: [grant('pengawas')], activeRole: 'pengawas' as const };
    expect(roleForNotification(pengawas, 'plan_approved')).toBeNull();
  });
});
