import { useMemo, useState } from 'react';
import { type FormDefinition, type JsonObject, type Lang, type Problem, isEmptyAnswer } from '@koers/engine';
import { FormStep } from '@koers/runner';
import { addExample, compileDraft, examplesOf, removeExample, replaceExample } from '../model/form-examples';
import { ProblemList } from './inputs';
import { PreviewBoundary } from './PreviewBoundary';
import { t } from './messages';

const NO_ERRORS: never[] = [];

/**
 * The form as participants see it, drawn by the participants' own runner from the draft as it is now (so it
 * redraws with every keystroke in the builder), with live validation by the engine's compiled validator, in
 * Dutch or English. What is filled in can become an example answer; each example is checked the same way.
 */
export function PreviewPane({ form, onChange, problems, lang }: {
  form: JsonObject; onChange: (form: JsonObject) => void; problems: readonly Problem[]; lang: Lang;
}) {
  const [data, setData] = useState<JsonObject>({});
  const [previewLang, setPreviewLang] = useState<Lang>(lang);
  const compiled = useMemo(() => compileDraft(form), [form]);
  const validate = 'validate' in compiled ? compiled.validate : undefined;
  const errors = useMemo(() => validate?.(data) ?? [], [validate, data]);
  // An untouched preview would open with "required" everywhere; errors show once something is filled in (an
  // added row left blank is not yet something: the engine's isEmptyAnswer).
  const shownErrors = isEmptyAnswer(data) ? NO_ERRORS : errors;
  const examples = examplesOf(form);
  const exampleProblems = problems.filter((p) => p.pointer.startsWith('/examples'));

  return (
    <div className="fb-preview">
      <div className="fb-preview__bar">
        <h2 className="fb-heading">{t(lang, 'preview')}</h2>
        <div className="fb-segmented" role="group" aria-label={t(lang, 'previewLang')}>
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={previewLang === l} onClick={() => setPreviewLang(l)}>{l.toUpperCase()}</button>
          ))}
        </div>
      </div>
      <p className="fb-help">{t(lang, 'previewHelp')}</p>
      <section className="fb-examples" aria-label={t(lang, 'examples')}>
        <h3 className="fb-subheading">{t(lang, 'examples')}</h3>
        <p className="fb-help">{t(lang, 'examplesHelp')}</p>
        <ProblemList problems={exampleProblems} lang={lang} />
        {examples.length === 0 && <p className="fb-muted">{t(lang, 'noExamples')}</p>}
        <ol className="fb-examples__list">
          {examples.map((example, i) => {
            const count = validate?.(example).length ?? 0;
            return (
              <li key={i}>
                <span>{t(lang, 'example', { n: i + 1 })}</span>{' '}
                <span className={`fb-badge ${count === 0 ? 'fb-badge--ok' : 'fb-badge--error'}`}>
                  {count === 0 ? t(lang, 'valid') : t(lang, 'invalid', { count })}
                </span>
                <span className="fb-examples__actions">
                  <button type="button" className="fb-link" onClick={() => setData(structuredClone(example))}>{t(lang, 'fillExample')}</button>
                  <button type="button" className="fb-link" disabled={errors.length > 0 || !validate} onClick={() => onChange(replaceExample(form, i, data))}>{t(lang, 'replaceExample')}</button>
                  <button type="button" className="fb-link fb-danger" onClick={() => onChange(removeExample(form, i))}>{t(lang, 'removeExample')}</button>
                </span>
              </li>
            );
          })}
        </ol>
        <div className="fb-actions">
          <button type="button" className="button" disabled={errors.length > 0 || !validate}
            onClick={() => onChange(addExample(form, data))}>{t(lang, 'useAsExample')}</button>
          <button type="button" className="button button--secondary" onClick={() => setData({})}>{t(lang, 'clearPreview')}</button>
        </div>
      </section>
      {'failure' in compiled ? (
        <p className="fb-problems" role="alert">{t(lang, 'compileFailed')} {compiled.failure}</p>
      ) : (
        <div className="fb-preview__form">
          <PreviewBoundary resetKey={form} message={t(lang, 'compileFailed')}>
            <FormStep form={form as unknown as FormDefinition} data={data} onChange={setData} lang={previewLang} errors={shownErrors} />
          </PreviewBoundary>
        </div>
      )}
    </div>
  );
}
