import { useId, useState, type ReactNode } from 'react';
import type { Problem, Lang } from '@koers/engine';

/** A labelled text box (or text area) that reports every keystroke, so the preview redraws as the admin types. */
export function TextField({ label, value, onChange, multiline = false, help, placeholder, required = false }: {
  label: string; value: string; onChange: (value: string) => void; multiline?: boolean; help?: string;
  placeholder?: string; required?: boolean;
}) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const common = { id, value, placeholder, required, 'aria-describedby': helpId, className: 'fb-input' };
  return (
    <div className="fb-field">
      <label htmlFor={id}>{label}</label>
      {multiline
        ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
        : <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />}
      {help && <p className="fb-help" id={helpId}>{help}</p>}
    </div>
  );
}

/**
 * A labelled number box: empty means "not set". What is typed stays visible while it is not a number yet
 * (`-`, `1,`), and a comma counts as the decimal point, as Dutch users type it.
 */
export function NumberField({ label, value, onChange, integer = false }: {
  label: string; value: number | undefined; onChange: (value: number | undefined) => void; integer?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parsed = text.trim() === '' ? undefined : Number(text.replace(',', '.'));
  const shown = parsed === value || (parsed !== undefined && Number.isNaN(parsed)) ? text : value === undefined ? '' : String(value);
  return (
    <div className="fb-field fb-field--number">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="fb-input" inputMode={integer ? 'numeric' : 'decimal'} value={shown}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() === '' ? undefined : Number(e.target.value.replace(',', '.'));
          if (next === undefined || (!Number.isNaN(next) && (!integer || Number.isInteger(next)))) onChange(next);
        }} />
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="fb-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** The lint problems of one place, in the admin's language; nothing when there are none. */
export function ProblemList({ problems, lang, title }: { problems: readonly Problem[]; lang: Lang; title?: ReactNode }) {
  if (problems.length === 0) return null;
  return (
    <div className="fb-problems" role="alert">
      {title && <p className="fb-problems__title">{title}</p>}
      <ul>
        {problems.map((p, i) => <li key={i}>{p.message[lang]} <code>{p.pointer || '/'}</code></li>)}
      </ul>
    </div>
  );
}
