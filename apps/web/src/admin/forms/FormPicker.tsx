import { useId, useState } from 'react';
import { textIn, type Lang, type Localized } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { newForm } from '../model/form-add';
import { formUses } from '../model/form-usage';
import { TextField } from './inputs';
import { t } from './messages';

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

function titleOf(form: Bundle['forms'][number], lang: Lang): string {
  const title = form.title as Localized | undefined;
  return title && typeof title === 'object' ? textIn(title, lang) || String(form.id) : String(form.id);
}

/** Which form is open (each with where it is used), and adding a new one. */
export function FormPicker({ bundle, onChange, index, onChoose, lang }: {
  bundle: Bundle; onChange: (next: Bundle) => void; index: number; onChoose: (id: string) => void; lang: Lang;
}) {
  const selectId = useId();
  const [adding, setAdding] = useState(false);
  const [id, setId] = useState('');
  const [title, setTitle] = useState({ nl: '', en: '' });
  const taken = bundle.forms.some((f) => f.id === id);
  const error = id === '' ? undefined : !ID.test(id) ? t(lang, 'formIdInvalid') : taken ? t(lang, 'formIdTaken') : undefined;
  const ready = id !== '' && !error && title.nl.trim() !== '' && title.en.trim() !== '';

  return (
    <div className="fb-picker">
      {bundle.forms.length > 0 && (
        <div className="fb-picker__choose">
          <label htmlFor={selectId}>{t(lang, 'form')}</label>
          <select id={selectId} className="fb-input" value={index >= 0 ? String(bundle.forms[index]?.id) : ''}
            onChange={(e) => onChoose(e.target.value)}>
            {bundle.forms.map((form, i) => {
              const uses = formUses(bundle, String(form.id)).length;
              return <option key={i} value={String(form.id)}>{titleOf(form, lang)}{uses === 0 ? ` (${t(lang, 'unusedShort')})` : ''}</option>;
            })}
          </select>
        </div>
      )}
      {!adding ? (
        <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>+ {t(lang, 'newForm')}</button>
      ) : (
        <form className="fb-picker__new" aria-label={t(lang, 'newForm')} onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          onChange({ ...bundle, forms: [...bundle.forms, newForm(id, { nl: title.nl.trim(), en: title.en.trim() })] });
          onChoose(id);
          setAdding(false);
          setId('');
          setTitle({ nl: '', en: '' });
        }}>
          <TextField label={t(lang, 'titleNl')} value={title.nl} required onChange={(nl) => setTitle({ ...title, nl })} />
          <TextField label={t(lang, 'titleEn')} value={title.en} required onChange={(en) => setTitle({ ...title, en })} />
          <TextField label={t(lang, 'formId')} value={id} required onChange={setId} help={error ?? t(lang, 'formIdHelp')} />
          <div className="fb-actions">
            <button type="submit" className="button" disabled={!ready}>{t(lang, 'add')}</button>
            <button type="button" className="button button--secondary" onClick={() => setAdding(false)}>{t(lang, 'cancel')}</button>
          </div>
        </form>
      )}
    </div>
  );
}
