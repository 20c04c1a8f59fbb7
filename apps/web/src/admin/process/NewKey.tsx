import { useId, useState } from 'react';
import type { Lang } from '@koers/engine';
import { typeText } from './type-texts';

/** A field and button to add a declaration under a new key, refusing a key that breaks the rule or is taken. */
export function NewKey({ what, lang, problem, onAdd }: {
  what: string;
  lang: Lang;
  problem: (key: string) => { nl: string; en: string } | undefined;
  onAdd: (key: string) => void;
}) {
  const id = useId();
  const [key, setKey] = useState('');
  const wrong = key === '' ? undefined : problem(key);
  const add = () => {
    if (key === '' || wrong) return;
    onAdd(key);
    setKey('');
  };
  return (
    <div className="process-field process-key">
      <label htmlFor={id}>{typeText('newKey', lang, { what: what.toLowerCase() })}</label>
      <div className="process-key__row">
        <input id={id} type="text" value={key} spellCheck={false} aria-invalid={wrong ? true : undefined} aria-describedby={`${id}-why`}
          onChange={(e) => setKey(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />
        <button type="button" className="button button--secondary" onClick={add} disabled={key === '' || wrong !== undefined}>{typeText('add', lang)}</button>
      </div>
      <p id={`${id}-why`} className="process-error" aria-live="polite">{wrong?.[lang] ?? ''}</p>
    </div>
  );
}
