import { useEffect, useId, useState } from 'react';
import type { JsonValue } from '@koers/engine';

/** A number input that writes a number (or removes the value when emptied); what it cannot read it leaves alone. */
export function NumberField({ label, value, onChange, min = 0 }: { label: string; value: JsonValue | undefined; onChange: (n: number | undefined) => void; min?: number }) {
  const id = useId();
  const shown = typeof value === 'number' ? String(value) : '';
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  return (
    <div className="process-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} value={draft} inputMode="decimal"
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim() === '') onChange(undefined);
          else if (Number.isFinite(e.target.valueAsNumber)) onChange(e.target.valueAsNumber);
        }} />
    </div>
  );
}
