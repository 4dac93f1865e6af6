import type { PracticeCycle } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { TargetBehaviours } from '../../../lib/plans/target-behaviours';

type Target = PracticeCycle['indicator']['targets'][number];

/** A target behaviour's "perilaku yang dianjurkan" and "perilaku yang dihindari" (domain.md §4.1). */
export function TargetDetails({ target }: { target: Target }) {
  const { t } = useI18n();
  const look = {
    summary: t('execution.target.details'),
    recommended: t('execution.target.recommended'),
    avoided: t('execution.target.avoided'),
    className: 'exec-target-details',
    kindClassName: 'exec-target-kind',
  };
  return <TargetBehaviours target={target} look={look} />;
}
