import { useEffect, useState } from 'react';
import { durationText, type Lang } from '@koers/engine';
import { DURATION_UNITS, formatDuration, parseDuration, type DurationUnit } from '../model/duration';
import { processText } from './texts';

/**
 * A duration as a number and a calendar unit (dagen, weken, maanden, jaren), written as ISO 8601 on every valid
 * keystroke. A value it cannot show (`P1Y6M`) is named as it is and kept until the admin types another.
 * `label` names the pair for screen readers ("Herinnering vooraf: aantal").
 */
export function DurationInput({ id, value, onChange, onClear, lang, label, placeholder }: {
  id: string; value: string | undefined; onChange: (iso: string) => void; lang: Lang; label?: string; placeholder?: string;
  /** Where no duration is a choice too (the placeholder says what it means): called when the number is emptied. */
  onClear?: () => void;
}) {
  const picked = value === undefined ? undefined : parseDuration(value);
  const [amount, setAmount] = useState(String(picked?.amount ?? ''));
  const [unit, setUnit] = useState<DurationUnit>(picked?.unit ?? 'D');
  // Another step, or an edit elsewhere (the JSON tab): show what is there now.
  useEffect(() => {
    setAmount(String(picked?.amount ?? ''));
    setUnit(picked?.unit ?? 'D');
  }, [value]);
  const write = (nextAmount: string, nextUnit: DurationUnit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const iso = formatDuration({ amount: Number(nextAmount), unit: nextUnit });
    if (nextAmount.trim() !== '' && iso) onChange(iso);
    else if (nextAmount.trim() === '' && value !== undefined) onClear?.();
  };
  const n = Number(amount);
  const invalid = amount.trim() !== '' && !formatDuration({ amount: n, unit });
  const prefix = label ? `${label}: ` : '';
  return (
    <span className="process-duration__row">
      {value !== undefined && !picked && <span className="process-muted">{processText('durationOther', lang, { iso: durationText(value, lang) })}</span>}
      <input id={`${id}-n`} aria-label={`${prefix}${processText('durationAmount', lang)}`} type="number" min={1} step={1} inputMode="numeric" value={amount}
        aria-invalid={invalid || undefined} placeholder={placeholder} onChange={(e) => write(e.target.value, unit)} />
      <select id={`${id}-u`} aria-label={`${prefix}${processText('durationUnit', lang)}`} value={unit} onChange={(e) => write(amount, e.target.value as DurationUnit)}>
        {DURATION_UNITS.map((u) => <option key={u.unit} value={u.unit}>{u[lang][n === 1 ? 0 : 1]}</option>)}
      </select>
    </span>
  );
}
