import { useEffect, useId, useState } from 'react';
import type { Lang } from '@koers/engine';
import { DURATION_UNITS, formatDuration, parseDuration, type DurationUnit } from '../model/duration';
import { processText } from './texts';

/**
 * The expected duration as a number and a unit (dagen, weken, maanden, jaren), written as ISO 8601. A value the
 * picker cannot show (`PT24H`) is named as it is and stays until the admin sets another.
 */
export function DurationPicker({ value, onChange, lang }: { value: string | undefined; onChange: (iso: string | undefined) => void; lang: Lang }) {
  const id = useId();
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
  };
  const n = Number(amount);
  const invalid = amount.trim() !== '' && !formatDuration({ amount: n, unit });
  return (
    <fieldset className="process-field process-duration">
      <legend>{processText('duration', lang)}</legend>
      {value !== undefined && !picked && <p className="process-muted">{processText('durationOther', lang, { iso: value })}</p>}
      <div className="process-duration__row">
        <input id={`${id}-n`} aria-label={processText('durationAmount', lang)} type="number" min={1} step={1} inputMode="numeric" value={amount} aria-invalid={invalid || undefined}
          placeholder={processText('durationNone', lang)} onChange={(e) => write(e.target.value, unit)} />
        <select id={`${id}-u`} aria-label={processText('durationUnit', lang)} value={unit} onChange={(e) => write(amount, e.target.value as DurationUnit)}>
          {DURATION_UNITS.map((u) => <option key={u.unit} value={u.unit}>{u[lang][n === 1 ? 0 : 1]}</option>)}
        </select>
        {value !== undefined && (
          <button type="button" className="button button--secondary" onClick={() => { setAmount(''); onChange(undefined); }}>{processText('durationRemove', lang)}</button>
        )}
      </div>
      <p className="process-muted">{value !== undefined && picked ? `${value} · ` : ''}{processText('durationHelp', lang)}</p>
    </fieldset>
  );
}
