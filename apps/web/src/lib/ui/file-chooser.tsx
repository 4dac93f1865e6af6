import { useState, type ChangeEvent, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A file field that speaks Indonesian: the browser's own control says "Choose File" / "No file
 * chosen" in the browser's language (issue #11 finding 7), so the input is laid transparently over
 * a styled "Pilih berkas PDF" button and the chosen file's name is written beside it. The input
 * keeps its id, label and hint, so screen readers and tests find it as before.
 */
export function FileChooser({
  id,
  inputRef,
  accept,
  describedBy,
  isInvalid = false,
  name,
  onChange,
}: {
  id: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  accept: string;
  describedBy?: string;
  isInvalid?: boolean;
  name?: string;
  onChange?: (file: File | null) => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  const isPdfOnly = accept.split(',').every((type) => /pdf/.test(type));
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    setChosen(file?.name ?? null);
    onChange?.(file);
  };
  return (
    <div className="file-chooser">
      <span className="btn btn-secondary file-chooser-button" aria-hidden="true">
        {isPdfOnly ? t('common.file.choosePdf') : t('common.file.choose')}
      </span>
      <span className="file-chooser-name" id={`${id}-chosen`}>
        {chosen ?? t('common.file.none')}
      </span>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        className="file-chooser-input"
        accept={accept}
        aria-describedby={[describedBy, `${id}-chosen`].filter(Boolean).join(' ')}
        aria-invalid={isInvalid || undefined}
        onChange={change}
      />
    </div>
  );
}
