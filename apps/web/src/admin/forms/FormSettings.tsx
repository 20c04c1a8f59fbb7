import { textIn, type JsonObject, type Lang, type Problem } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { getIn, setIn } from '../model/edit';
import { fieldOfProblem } from '../model/form-problems';
import { formUses } from '../model/form-usage';
import { ProblemList, TextField } from './inputs';
import { ChecksEditor } from './ChecksEditor';
import { t } from './messages';
import { ReadersEditor } from './ReadersEditor';

const text = (form: JsonObject, keys: string[]) => {
  const value = getIn(form, keys);
  return typeof value === 'string' ? value : '';
};

/** The form as a whole: its titles and description, where the type uses it, its own problems, deleting it. */
export function FormSettings({ bundle, index, form, onChange, onBundleChange, onDelete, problems, lang }: {
  bundle: Bundle; index: number; form: JsonObject; onChange: (form: JsonObject) => void; onDelete: () => void;
  /** A change to the definition (who may read the form). */
  onBundleChange: (bundle: Bundle) => void;
  problems: readonly Problem[]; lang: Lang;
}) {
  const uses = formUses(bundle, String(form.id));
  const own = problems.filter((p) => fieldOfProblem(form, p.pointer) === undefined && !p.pointer.startsWith('/examples') && !p.pointer.startsWith('/rules'));
  const setDescription = (lng: 'nl' | 'en', value: string) => {
    const other = text(form, ['description', lng === 'nl' ? 'en' : 'nl']);
    // The format wants both languages or no description at all.
    onChange(value === '' && other === '' ? setIn(form, ['description'], undefined) : setIn(form, ['description', lng], value));
  };
  return (
    <div className="fb-settings">
      <h2 className="fb-heading">{t(lang, 'formSettings')} <code>{String(form.id)}</code></h2>
      <ProblemList problems={own} lang={lang} title={t(lang, 'problems')} />
      <TextField label={t(lang, 'titleNl')} value={text(form, ['title', 'nl'])} onChange={(v) => onChange(setIn(form, ['title', 'nl'], v))} />
      <TextField label={t(lang, 'titleEn')} value={text(form, ['title', 'en'])} onChange={(v) => onChange(setIn(form, ['title', 'en'], v))} />
      <TextField label={t(lang, 'descriptionNl')} multiline value={text(form, ['description', 'nl'])} onChange={(v) => setDescription('nl', v)} />
      <TextField label={t(lang, 'descriptionEn')} multiline value={text(form, ['description', 'en'])} onChange={(v) => setDescription('en', v)} />
      <ChecksEditor form={form} onChange={onChange} problems={problems} lang={lang} />
      <h3 className="fb-subheading">{t(lang, 'usedBy')}</h3>
      {uses.length === 0 ? <p className="fb-muted">{t(lang, 'unused')}</p> : (
        <ul className="fb-uses">
          {uses.map((use, i) => (
            <li key={i}>
              <strong>{textIn(use.step, lang)}</strong>{' '}
              {use.how === 'shows' ? t(lang, 'useShows') : use.how === 'reference' ? t(lang, 'useReference')
                : use.how === 'group' ? t(lang, 'useGroup') : t(lang, 'useEvent', { event: use.event ?? '' })}
            </li>
          ))}
        </ul>
      )}
      <ReadersEditor bundle={bundle} form={form} onChange={onBundleChange} lang={lang} />
      <button type="button" className="button button--secondary fb-danger" disabled={uses.length > 0}
        aria-describedby={uses.length > 0 ? `fb-delete-form-${index}` : undefined} onClick={onDelete}>
        {t(lang, 'deleteForm')}
      </button>
      {uses.length > 0 && <p className="fb-help" id={`fb-delete-form-${index}`}>{t(lang, 'deleteFormInUse')}</p>}
    </div>
  );
}
