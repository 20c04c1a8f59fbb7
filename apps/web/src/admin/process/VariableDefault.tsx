import { useId } from 'react';
import type { JsonValue, Lang } from '@koers/engine';
import { typeText } from './type-texts';

type Shape = 'none' | 'yes' | 'no' | 'number' | 'text' | 'other';

const shapeOf = (value: JsonValue | undefined): Shape =>
  value === undefined ? 'none' : value === true ? 'yes' : value === false ? 'no' : typeof value === 'number' ? 'number' : typeof value === 'string' ? 'text' : 'other';

/** A variable's initial value: none, yes, no, a number or a text; a list or object is shown as "other" and kept. */
export function VariableDefault({ value, onChange, lang }: { value: JsonValue | undefined; onChange: (v: JsonValue | undefined) => void; lang: Lang }) {
  const id = useId();
  const shape = shapeOf(value);
  const pick = (next: Shape) => {
    if (next === shape || next === 'other') return;
    onChange(next === 'none' ? undefined : next === 'yes' ? true : next === 'no' ? false : next === 'number' ? 0 : '');
  };
  const labels: Record<Shape, string> = {
    none: typeText('valueNone', lang), yes: typeText('valueYes', lang), no: typeText('valueNo', lang),
    number: typeText('valueNumber', lang), text: typeText('valueText', lang), other: typeText('valueOther', lang),
  };
  return (
    <div className="process-field process-key">
      <label htmlFor={id}>{typeText('defaultValue', lang)}</label>
      <div className="process-key__row">
        <select id={id} value={shape} onChange={(e) => pick(e.target.value as Shape)}>
          {(Object.keys(labels) as Shape[]).filter((s) => s !== 'other' || shape === 'other').map((s) => <option key={s} value={s}>{labels[s]}</option>)}
        </select>
        {shape === 'number' && <input type="number" aria-label={labels.number} value={value as number} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onChange(e.target.valueAsNumber)} />}
        {shape === 'text' && <input type="text" aria-label={labels.text} value={value as string} onChange={(e) => onChange(e.target.value)} />}
      </div>
    </div>
  );
}
