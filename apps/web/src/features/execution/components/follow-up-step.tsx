import type { PracticeCycle } from '@kinerja/contract';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { FormAlert } from '../../../lib/ui/form-alert';
import { saveFollowUp } from '../api/practice-api';
import { FinishButton } from './finish-button';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useCycleWrite } from './use-cycle-write';
import { useLeaveWarning } from './use-leave-warning';

/**
 * C. Diskusi Tindak Lanjut: after the coaching conversation the observer writes the follow-up
 * agreed with the employee, then finishes the step (domain.md §2.3).
 */
export function FollowUpForm({
  cycle,
  onCycle,
}: {
  cycle: PracticeCycle;
  onCycle: (cycle: PracticeCycle) => void;
}) {
  const { t } = useI18n();
  const write = useCycleWrite(onCycle);
  const [agreement, setAgreement] = useState(cycle.followUp.agreement);
  const isDirty = agreement !== cycle.followUp.agreement;
  useLeaveWarning(isDirty);
  const save = () => write.run(() => saveFollowUp(cycle, agreement));
  return (
    <div className="stack exec-editor">
      <TextAreaField
        label={t('execution.followUp.label')}
        hint={t('execution.followUp.hint', { name: cycle.employee.name })}
        value={agreement}
        maxLength={4000}
        rows={6}
        error={write.fields.agreement}
        onChange={(event) => setAgreement(event.target.value)}
      />
      <FormAlert message={write.error} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={write.isPending}
          onClick={() => void save()}
        >
          {write.isPending ? t('common.saving') : t('execution.cycle.save')}
        </button>
        <FinishButton
          cycle={cycle}
          finish="followUp"
          label={t('execution.followUp.finish')}
          title={t('execution.followUp.finishTitle')}
          body={<p>{t('execution.followUp.finishBody', { name: cycle.employee.name })}</p>}
          disabled={agreement.trim() === ''}
          beforeFinish={() => (isDirty ? save() : Promise.resolve(cycle))}
          onCycle={onCycle}
        />
      </div>
    </div>
  );
}
