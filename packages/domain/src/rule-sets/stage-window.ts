import type { IsoDate } from '../common/dates';
import type { LocalizedText } from '../i18n/locale';
import { STAGE_LABELS, type Stage } from '../periods/stages';
import type { StageWindow } from './rule-set';

/** Builds a stage window; inferred dates are marked as editable defaults. */
export function stageWindow(options: {
  stage: Stage;
  start: IsoDate;
  end: IsoDate;
  source: string;
  isInferred: boolean;
  hasLockout?: boolean;
  label?: LocalizedText;
}): StageWindow {
  return {
    stage: options.stage,
    label: options.label ?? STAGE_LABELS[options.stage],
    start: options.start,
    end: options.end,
    isEditableDefault: options.isInferred,
    hasLockout: options.hasLockout ?? false,
    source: options.source,
  };
}
