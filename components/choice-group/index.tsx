import './style.css';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  /** Each option's text. */
  labels: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
}

/** A row of radio buttons styled as chips: arrow keys move, space picks, as radios do. */
export function ChoiceGroup<T extends string>({ legend, name, options, labels, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="hr-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class={option === value ? 'hr-chip hr-chip--on' : 'hr-chip'}>
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          {labels(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** Buttons that act at once: one click picks a reason and records it. */
export function ChipButtons<T extends string>({ label, options, labels, onPick, disabled }: { label: string; options: readonly T[]; labels: (option: T) => string; onPick: (value: T) => void; disabled?: boolean }) {
  return (
    <div class="hr-choices" role="group" aria-label={label}>
      <p class="hr-choices__label">{label}</p>
      {options.map((option) => (
        <button key={option} type="button" class="hr-chip hr-chip--button" disabled={disabled} onClick={() => onPick(option)}>
          {labels(option)}
        </button>
      ))}
    </div>
  );
}
