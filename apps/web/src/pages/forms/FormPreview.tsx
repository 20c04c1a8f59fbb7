import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { compileForm, isEmptyAnswer, textIn, type JsonObject } from '@koers/engine';
import { FormStep } from '@koers/runner';
import { useLang } from '../../i18n/lang';
import { navigate } from '../../routes/location';
import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { useDocumentTitle } from '../useDocumentTitle';
import { FORMS_BY_ID, GROUPS, type FormEntry } from './catalog';
import './preview.css';

/**
 * "Formulieren bekijken": every form of every trajectory type, rendered as participants see it, with example
 * answers, live validation (the engine's Ajv, Dutch messages) and a read-only view.
 */

export default function FormPreview() {
  const { appText, lang } = useLang();
  const params = usePageParams('/formulieren/:id?');
  const entry = params.id ? FORMS_BY_ID.get(params.id) : undefined;
  useDocumentTitle(entry ? `${textIn(entry.title, lang)} · ${appText('formsPreview')}` : appText('formsPreview'));

  return (
    <div className="page preview">
      <h1>{appText('formsPreview')}</h1>
      <p className="lead">{appText('formsPreviewIntro')}</p>
      <div className="preview__layout">
        <FormList current={entry?.id} />
        <div className="preview__main">
          {entry ? <PreviewForm key={entry.id} entry={entry} />
            : <p className="preview__empty">{params.id ? appText('formNotFound') : appText('pickAForm')}</p>}
        </div>
      </div>
    </div>
  );
}

/** The list of forms per trajectory type; on narrow screens a drop-down takes its place. */
function FormList({ current }: { current: string | undefined }) {
  const { appText, lang } = useLang();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // The list scrolls on its own; keep the open form in view in it.
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <>
      <nav className="preview__nav" aria-label={appText('allForms')} ref={nav}>
        {GROUPS.map((group) => (
          <section key={group.id} className="preview__group">
            <h2>{group.title ? textIn(group.title, lang) : appText('otherForms')}</h2>
            <ul>
              {group.forms.map((form) => (
                <li key={form.id}>
                  <Link to={to.forms(form.id)}>
                    <span className="preview__form-title">{textIn(form.title, lang)}</span>
                    <span className="preview__form-id">{form.id}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      <div className="preview__picker">
        <label htmlFor="preview-picker">{appText('chooseForm')}</label>
        <select id="preview-picker" value={current ?? ''}
          onChange={(e) => navigate(to.forms(e.target.value || undefined))}>
          <option value="">{appText('chooseFormPlaceholder')}</option>
          {GROUPS.map((group) => (
            <optgroup key={group.id} label={group.title ? textIn(group.title, lang) : appText('otherForms')}>
              {group.forms.map((form) => <option key={form.id} value={form.id}>{textIn(form.title, lang)}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
    </>
  );
}

function PreviewForm({ entry }: { entry: FormEntry }) {
  const { appText, lang } = useLang();
  // A form's own chunk, loaded once and kept (it is code, not server state: never stale).
  const loaded = useQuery({ queryKey: ['form-chunk', entry.id], queryFn: entry.load, staleTime: Infinity, meta: { public: true } });
  const form = loaded.data;
  const failure = loaded.isError ? String(loaded.error) : undefined;
  const [data, setData] = useState<JsonObject>({});
  const [readonly, setReadonly] = useState(false);

  // A schema Ajv cannot compile is shown, not thrown: this page is where such a form gets noticed.
  const compiled = useMemo(() => {
    if (!form) return undefined;
    try {
      return { form: compileForm(form, entry.file) };
    } catch (error) {
      return { failure: error instanceof Error ? error.message : String(error) };
    }
  }, [form, entry.file]);
  // An untouched form is not yet wrong: messages wait for a first answer (as on the participant's page).
  const touched = !isEmptyAnswer(data);
  const errors = useMemo(() => (touched ? compiled?.form?.validate(data) ?? [] : []), [compiled, data, touched]);

  const problem = failure ?? compiled?.failure;
  if (problem) return <p className="preview__failure" role="alert">{problem}</p>;
  if (!form) return <p className="app-loading">{appText('loading')}</p>;
  const examples = form.examples ?? [];

  return (
    <>
      <div className="preview__toolbar" role="group" aria-label={appText('formTools')}>
        {examples.map((example, i) => (
          <button key={i} type="button" className="button button--secondary"
            onClick={() => setData(structuredClone(example))}>
            {examples.length === 1 ? appText('fillExample') : appText('fillExampleN', { n: i + 1 })}
          </button>
        ))}
        <button type="button" className="button button--secondary" onClick={() => setData({})}>{appText('clearForm')}</button>
        <label className="toggle">
          <input type="checkbox" checked={readonly} onChange={(e) => setReadonly(e.target.checked)} />
          <span>{appText('readonly')}</span>
        </label>
        <p className={`preview__status ${!touched ? '' : errors.length === 0 ? 'is-valid' : 'is-invalid'}`} role="status">
          {!touched ? '' : errors.length === 0 ? appText('valid') : errors.length === 1 ? appText('problemsOne') : appText('problems', { count: errors.length })}
        </p>
      </div>
      <FormStep form={form} data={data} onChange={setData} lang={lang} readonly={readonly} errors={errors} />
      <details className="preview__json">
        <summary>{appText('dataJson')}</summary>
        <pre>{JSON.stringify(data, null, 2)}</pre>
      </details>
    </>
  );
}
