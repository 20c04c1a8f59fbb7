import { useEffect, useId, useState } from 'react';
import type { Lang } from '@koers/engine';

/*
 * Small form controls the process and type panels share: a text in Dutch and English, a checklist of ids, a
 * key that is applied on a button press (renaming rewrites references, so it does not happen per keystroke).
 */

/** One text in both languages, Dutch first; `multiline` gives text areas. */
export function LocalizedField({ label, value, onChange, multiline = false }: {
  label: string;
  value: { nl: string; en: string };
  onChange: (lang: Lang, text: string) => void;
  multiline?: boolean;
}) {
  const id = useId();
  const control = (lang: Lang) => {
    const props = { id: `${id}-${lang}`, value: value[lang], onChange: (e: { target: { value: string } }) => onChange(lang, e.target.value), lang };
    return multiline ? <textarea {...props} rows={3} /> : <input type="text" {...props} />;
  };
  return (
    <fieldset className="process-field process-field--localized">
      <legend>{label}</legend>
      <label htmlFor={`${id}-nl`}>Nederlands</label>
      {control('nl')}
      <label htmlFor={`${id}-en`}>English</label>
      {control('en')}
    </fieldset>
  );
}

/** Checkboxes for a list of ids, in the order offered; ids in the list but not offered are shown too (as unknown). */
export function Checklist({ label, options, chosen, onToggle, empty }: {
  label: string;
  options: readonly { id: string; title: string }[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  empty: string;
}) {
  const unknown = chosen.filter((c) => !options.some((o) => o.id === c)).map((id) => ({ id, title: `${id} (?)` }));
  const all = [...options, ...unknown];
  return (
    <fieldset className="process-field process-checklist">
      <legend>{label}</legend>
      {all.length === 0 && <p className="process-muted">{empty}</p>}
      {all.map((o) => (
        <label key={o.id} className="process-checklist__item">
          <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => onToggle(o.id, e.target.checked)} />
          <span>{o.title} <code>{o.id}</code></span>
        </label>
      ))}
    </fieldset>
  );
}

/** A key field applied with its button (or Enter); shows why a key is refused. */
export function KeyField({ label, help, value, problem, onApply, button, lang }: {
  label: string;
  help: string;
  value: string;
  problem: (next: string) => { nl: string; en: string } | undefined;
  onApply: (next: string) => void;
  button: string;
  lang: Lang;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const wrong = draft === value ? undefined : problem(draft);
  const apply = () => {
    if (draft !== value && !wrong) onApply(draft);
  };
  return (
    <div className="process-field process-key">
      <label htmlFor={id}>{label}</label>
      <div className="process-key__row">
        <input id={id} type="text" value={draft} spellCheck={false} aria-invalid={wrong ? true : undefined} aria-describedby={`${id}-help`}
          onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') apply(); }} />
        <button type="button" className="button button--secondary" onClick={apply} disabled={draft === value || wrong !== undefined}>{button}</button>
      </div>
      <p id={`${id}-help`} className={wrong ? 'process-error' : 'process-muted'}>{wrong ? wrong[lang] : help}</p>
    </div>
  );
}

/** A list of short words typed with commas, written when the field is left (so a comma can be typed). */
export function TagsField({ label, value, onChange }: { label: string; value: readonly string[]; onChange: (next: string[]) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value.join(', '));
  useEffect(() => setDraft(value.join(', ')), [value.join('\u0000')]);
  const commit = () => {
    const next = draft.split(',').map((s) => s.trim()).filter(Boolean);
    if (next.join('\u0000') !== value.join('\u0000')) onChange(next);
  };
  return (
    <div className="process-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
    </div>
  );
}
