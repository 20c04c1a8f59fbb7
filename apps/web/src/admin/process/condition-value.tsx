import { useId } from 'react';
import type { JsonValue, Lang } from '@koers/engine';
import type { Choice, FieldKind } from '../model/condition-fields';
import { isFieldValue } from '../model/condition';

const T = {
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  now: { nl: 'nu (het moment van de gebeurtenis)', en: 'now (the time of the event)' },
  fixed: { nl: 'een vaste datum', en: 'a fixed date' },
  empty: { nl: '(leeg)', en: '(empty)' },
} as const;

/** A literal typed by the admin, read as a number or ja/nee when it is one and the kind is not text. */
function parseLoose(text: string): JsonValue {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/**
 * The value input that fits a field's kind: a choice list for enum fields (their labels), ja/nee for yes/no,
 * a number, a date, or for a recorded date or `now` either "now" or a fixed date. `label` names it for screen readers.
 */
export function ValueInput({ kind, choices, value, onChange, label, lang }: {
  kind: FieldKind | undefined;
  choices?: Choice[] | undefined;
  value: JsonValue | undefined;
  onChange: (next: JsonValue) => void;
  label: string;
  lang: Lang;
}) {
  const id = useId();
  if (isFieldValue(value) && value.var !== 'now') {
    // A comparison with another field: shown, and kept, as written.
    return <span className="tr-value-var">{value.var}</span>;
  }
  if (choices && choices.length > 0) {
    const index = choices.findIndex((c) => JSON.stringify(c.value) === JSON.stringify(value));
    return (
      <select aria-label={label} id={id} value={index >= 0 ? String(index) : ''} onChange={(e) => onChange(choices[Number(e.target.value)]?.value ?? null)}>
        {index < 0 && <option value="">{value === undefined || value === null ? T.empty[lang] : String(value)}</option>}
        {choices.map((c, i) => <option key={i} value={String(i)}>{c.label}</option>)}
      </select>
    );
  }
  if (kind === 'boolean') {
    return (
      <select aria-label={label} value={value === false ? 'false' : value === true ? 'true' : ''} onChange={(e) => onChange(e.target.value === 'true')}>
        {typeof value !== 'boolean' && <option value="">{String(value ?? T.empty[lang])}</option>}
        <option value="true">{T.yes[lang]}</option>
        <option value="false">{T.no[lang]}</option>
      </select>
    );
  }
  if (kind === 'number') {
    return <input aria-label={label} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />;
  }
  if (kind === 'date') {
    return <input aria-label={label} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
  }
  if (kind === 'datetime') {
    const isNow = isFieldValue(value);
    const day = typeof value === 'string' ? value.slice(0, 10) : '';
    return (
      <span className="tr-value-when">
        <select aria-label={label} value={isNow ? 'now' : 'fixed'} onChange={(e) => onChange(e.target.value === 'now' ? { var: 'now' } : day ? `${day}T00:00:00.000Z` : '')}>
          <option value="now">{T.now[lang]}</option>
          <option value="fixed">{T.fixed[lang]}</option>
        </select>
        {!isNow && (
          // Recorded dates and `now` are ISO texts in UTC; a fixed bound is written in the same shape (format §5).
          <input aria-label={`${label}: ${T.fixed[lang]}`} type="date" value={day} onChange={(e) => onChange(e.target.value ? `${e.target.value}T00:00:00.000Z` : '')} />
        )}
      </span>
    );
  }
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return <input aria-label={label} type="text" value={text} onChange={(e) => onChange(kind === 'text' ? e.target.value : parseLoose(e.target.value))} />;
}
