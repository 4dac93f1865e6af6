import type { ObservationRatingDto, PracticeCycle } from '@kinerja/contract';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import type { ObservationEntry } from './observation-storage';
import { TargetDetails } from './target-details';
import { TextAreaField } from '../../../lib/ui/text-area-field';

type Item = PracticeCycle['observation']['ratings'][number];

/**
 * One target behaviour in the classroom: the three-point scale as big radio buttons a thumb can
 * hit (Belum Dilakukan / Dilakukan tapi Belum Efektif / Dilakukan dan Efektif — domain.md §3.9)
 * and a note.
 */
export function ObservationItem({
  item,
  number,
  entry,
  scale,
  target,
  onRate,
  onNote,
}: {
  item: Item;
  number: number;
  entry: ObservationEntry;
  scale: PracticeCycle['scale'];
  target: PracticeCycle['indicator']['targets'][number] | undefined;
  onRate: (rating: ObservationRatingDto) => void;
  onNote: (note: string) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset
      className="exec-obs-item"
      data-rated={entry.rating !== null}
      data-testid={`observation-${item.code}`}
    >
      <legend className="exec-obs-legend">
        <span className="exec-obs-number">{number}.</span> {item.text}
        {item.isFocus ? (
          <span className="badge exec-badge-focus">{t('execution.observation.focus')}</span>
        ) : null}
      </legend>
      {target ? <TargetDetails target={target} /> : null}
      <div className="exec-scale">
        {scale.map((option) => (
          <label key={option.value} className="exec-scale-option" data-value={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={entry.rating === option.value}
              onChange={() => onRate(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <TextAreaField
        label={t('execution.observation.noteFor', { number })}
        value={entry.note}
        rows={2}
        maxLength={1000}
        onChange={(event) => onNote(event.target.value)}
      />
    </fieldset>
  );
}
