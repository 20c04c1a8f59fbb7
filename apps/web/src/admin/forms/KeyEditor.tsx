import { useId, useState } from 'react';
import type { JsonObject, Lang } from '@koers/engine';
import { fieldKey, parentPointer, toPointer } from '../model/form-fields';
import { renameField, renameProblem } from '../model/form-rename';
import { t } from './messages';

/** The field's key, renamed on purpose (a button, not every keystroke): the answers are stored under it. */
export function KeyEditor({ form, pointer, onChange, onRenamed, lang }: {
  form: JsonObject; pointer: string; onChange: (form: JsonObject) => void; onRenamed: (pointer: string) => void; lang: Lang;
}) {
  const id = useId();
  const current = fieldKey(pointer);
  const [key, setKey] = useState(current);
  const problem = key === current ? undefined : renameProblem(form, pointer, key);
  const message = problem === 'invalid' ? t(lang, 'keyInvalid') : problem === 'taken' ? t(lang, 'keyTaken')
    : problem === 'in-schema-logic' ? t(lang, 'keyInLogic') : t(lang, 'keyHelp');
  return (
    <form className="fb-field fb-key" onSubmit={(e) => {
      e.preventDefault();
      if (key === current || problem) return;
      onChange(renameField(form, pointer, key));
      onRenamed(`${parentPointer(pointer)}${toPointer(['properties', key])}`);
    }}>
      <label htmlFor={id}>{t(lang, 'key')}</label>
      <div className="fb-key__row">
        <input id={id} className="fb-input" value={key} spellCheck={false} aria-describedby={`${id}-help`}
          aria-invalid={problem ? true : undefined} onChange={(e) => setKey(e.target.value.trim())} />
        <button type="submit" className="button button--secondary fb-small" disabled={key === current || problem !== undefined}>{t(lang, 'rename')}</button>
      </div>
      <p className={`fb-help${problem ? ' fb-help--error' : ''}`} id={`${id}-help`}>{message}</p>
    </form>
  );
}
