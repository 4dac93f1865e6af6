import type { MeResponse, StaffMember } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchStaff } from '../api/people-api';
import { ResetPasswordDialog } from '../components/reset-password-dialog';
import { StaffList } from '../components/staff-list';

/** The schools the active role works for (an operator may serve more than one). */
function schoolsOfActiveRole(me: MeResponse): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const r of me.roles) {
    if (r.role === me.activeRole && r.schoolId) seen.set(r.schoolId, r.schoolName ?? r.schoolId);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; staff: StaffMember[] };

/** /operator/ptk — the school's staff with "Atur ulang kata sandi" where the API allows it. */
export function StaffPage() {
  const { t } = useI18n();
  const me = useMe();
  const schools = schoolsOfActiveRole(me);
  const [schoolId, setSchoolId] = useState(schools[0]?.id ?? null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [resetting, setResetting] = useState<StaffMember | null>(null);

  const reload = useCallback(async () => {
    if (!schoolId) return;
    try {
      setLoad({ status: 'ready', staff: await fetchStaff(schoolId) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [schoolId, t]);
  useEffect(() => void reload(), [reload]);

  const school = schools.find((s) => s.id === schoolId);
  return (
    <Page title={t('staff.title')} wide>
      {!school ? <p className="note">{t('staff.noSchool')}</p> : null}
      {schools.length > 1 ? (
        <div className="field">
          <label htmlFor="staff-school">{t('home.school')}</label>
          <select
            id="staff-school"
            value={schoolId ?? ''}
            onChange={(e) => setSchoolId(e.target.value)}
          >
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {school ? <p className="lead">{t('staff.intro', { school: school.name })}</p> : null}
      {school && load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {load.status === 'ready' ? (
        <>
          <p className="muted">{t('staff.count', { count: load.staff.length })}</p>
          {load.staff.length === 0 ? <p className="note">{t('staff.empty')}</p> : null}
          <StaffList staff={load.staff} onReset={setResetting} />
        </>
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          person={resetting}
          onClose={(didReset) => {
            setResetting(null);
            if (didReset) void reload();
          }}
        />
      ) : null}
    </Page>
  );
}
