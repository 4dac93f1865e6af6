import type { PersonLookupItem, TimKinerjaMember } from '@kinerja/contract';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { FormAlert } from '../../../lib/ui/form-alert';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { assignTimKinerja } from '../api/tim-kinerja-api';
import { PersonLookup } from './person-lookup';
import type { TimEmployee } from './use-school-team';

const FORM_FIELDS = ['employeeId', 'memberId'] as const;

/** What happened, for the status line: added, or already there. */
export type AssignOutcome = { member: TimKinerjaMember; wasThere: boolean };

/** "Tetapkan anggota": the employee (principal first) and a member found by NIP, NUPTK or email. */
export function AssignMemberForm({
  employees,
  existing,
  periodId,
  onAssigned,
}: {
  employees: TimEmployee[];
  existing: TimKinerjaMember[];
  periodId: string;
  onAssigned: (outcome: AssignOutcome) => void;
}) {
  const { t } = useI18n();
  const { errors, setErrors, isPending, run } = useFormAction(FORM_FIELDS);
  const [employeeId, setEmployeeId] = useState(employees[0]?.id ?? '');
  const [member, setMember] = useState<PersonLookupItem | null>(null);
  // Remounts the lookup after a save so its search box starts empty.
  const [lookupKey, setLookupKey] = useState(0);
  const selectId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!employeeId) fields.employeeId = t('notices.tim.employeeRequired');
    if (!member) fields.memberId = t('notices.lookup.required');
    if (!member || Object.keys(fields).length > 0) {
      setErrors({ general: t('form.checkFields'), fields });
      return;
    }
    const wasThere = existing.some(
      (m) => m.employee.id === employeeId && m.member.id === member.id,
    );
    await run(async () => {
      const saved = await assignTimKinerja({ periodId, employeeId, memberId: member.id });
      setMember(null);
      setLookupKey((key) => key + 1);
      onAssigned({ member: saved, wasThere });
    });
  };

  return (
    <form className="card notices-form" noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="card-heading">{t('notices.tim.formTitle')}</h2>
      <FormAlert message={errors.general} />
      <div className="field">
        <label htmlFor={selectId}>{t('notices.tim.employee')}</label>
        <p id={`${selectId}-hint`} className="hint">
          {t('notices.tim.employeeHint')}
        </p>
        <select
          id={selectId}
          value={employeeId}
          aria-describedby={`${selectId}-hint`}
          aria-invalid={errors.fields.employeeId ? true : undefined}
          onChange={(event) => setEmployeeId(event.target.value)}
        >
          {employees.map((employee) => (
            <option key={employee.id} value={employee.id}>
              {employee.isPrincipal
                ? t('notices.tim.employeePrincipal', { name: employee.name })
                : employee.name}
            </option>
          ))}
        </select>
        {errors.fields.employeeId ? (
          <p className="field-error">{errors.fields.employeeId}</p>
        ) : null}
      </div>
      <PersonLookup
        key={lookupKey}
        legend={t('notices.tim.member')}
        hint={t('notices.tim.memberHint')}
        value={member}
        onChange={setMember}
        error={errors.fields.memberId}
      />
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? t('notices.tim.saving') : t('notices.tim.submit')}
      </button>
    </form>
  );
}
