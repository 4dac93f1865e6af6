import type { RatingDto } from '@kinerja/contract';

/** One rating as radios: Di Atas / Sesuai / Di Bawah Ekspektasi (domain.md §5.1). */
export function RatingGroup({
  name,
  legend,
  options,
  value,
  isDisabled,
  onChange,
}: {
  name: string;
  legend: string;
  options: { code: RatingDto; label: string }[];
  value: RatingDto | null;
  isDisabled: boolean;
  onChange: (next: RatingDto) => void;
}) {
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.code} className="radio">
          <input
            type="radio"
            name={name}
            value={option.code}
            checked={value === option.code}
            disabled={isDisabled}
            onChange={() => onChange(option.code)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
