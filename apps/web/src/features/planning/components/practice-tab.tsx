import type { PracticeOption } from '@kinerja/contract';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { TargetBehaviours } from '../../../lib/plans/target-behaviours';
import { useI18n } from '../../../lib/i18n/i18n';
import { setPractice } from '../draft/content-edits';
import type { TabProps } from './tab-props';

function PracticeChoice({
  option,
  checked,
  onChoose,
}: {
  option: PracticeOption;
  checked: boolean;
  onChoose: () => void;
}) {
  const { t, locale } = useI18n();
  const detailsId = `practice-${option.code}-details`;
  const behavioursLook = {
    summary: t('planning.practice.behaviours'),
    recommended: t('planning.practice.recommended'),
    avoided: t('planning.practice.avoided'),
    className: 'plan-target-behaviours',
    kindClassName: 'plan-option-subtitle',
  };
  const score =
    option.raporScore !== null
      ? new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(option.raporScore)
      : null;
  return (
    <div className={checked ? 'plan-option plan-option-chosen' : 'plan-option'}>
      <label className="radio">
        <input
          type="radio"
          name="practice"
          checked={checked}
          aria-describedby={detailsId}
          onChange={onChoose}
        />
        <span className="plan-option-name">{option.name}</span>
      </label>
      <div id={detailsId} className="plan-option-detail">
        {option.group ? <p className="hint">{option.group}</p> : null}
        {score !== null ? (
          <p className="plan-rapor-score">
            {t('planning.practice.raporScore')}: <strong>{score}</strong>
          </p>
        ) : null}
        {option.description ? <p className="hint">{option.description}</p> : null}
        {option.isNameGap ? <p className="note">{t('planning.practice.nameGap')}</p> : null}
      </div>
      {option.isTargetsGap ? (
        <p className="note plan-option-detail">{t('planning.practice.targetsGap')}</p>
      ) : (
        <div className="plan-option-detail">
          <p className="plan-option-subtitle">{t('planning.practice.targets')}</p>
          <ol className="plan-targets">
            {option.targets.map((target) => (
              <li key={target.code}>
                {target.text}
                <TargetBehaviours target={target} look={behavioursLook} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

/**
 * Praktik Kinerja: exactly one sub-indicator; the school's Rapor Pendidikan recommendations come
 * first, the rest behind "Lihat indikator lainnya"; each shows its target behaviours (domain.md §3.3).
 */
export function PracticeTab({ content, catalogues, edit }: TabProps) {
  const { t, locale } = useI18n();
  const { practice } = catalogues;
  const chosen = content.practiceIndicatorCode;
  const choice = (option: PracticeOption) => (
    <PracticeChoice
      key={option.code}
      option={option}
      checked={chosen === option.code}
      onChoose={() => edit(setPractice(option.code))}
    />
  );
  const isOtherChosen = practice.others.some((option) => option.code === chosen);
  const hasRecommended = practice.recommended.length > 0;
  const [isMoreOpen, setMoreOpen] = useState(isOtherChosen);
  return (
    <fieldset className="choice-list planning-group">
      <legend>{t('planning.practice.legend')}</legend>
      <p className="hint">{t('planning.practice.hint')}</p>
      {hasRecommended ? (
        <>
          <p className="plan-option-subtitle">{t('planning.practice.recommendedTitle')}</p>
          <p className="hint">
            {practice.raporImportedAt
              ? t('planning.practice.raporSource', {
                  date: formatDateTime(practice.raporImportedAt, locale),
                })
              : t('planning.practice.raporSourceUndated')}
          </p>
          {practice.recommended.map(choice)}
        </>
      ) : (
        <p className="note">{t('planning.practice.noRapor')}</p>
      )}
      {practice.others.length > 0 ? (
        hasRecommended ? (
          <details
            className="plan-more-options"
            open={isMoreOpen}
            onToggle={(event) => setMoreOpen(event.currentTarget.open)}
          >
            <summary>{t('planning.practice.more')}</summary>
            <div className="choice-list">{practice.others.map(choice)}</div>
          </details>
        ) : (
          practice.others.map(choice)
        )
      ) : null}
    </fieldset>
  );
}
