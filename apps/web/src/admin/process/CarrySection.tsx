import { useId, useState } from 'react';
import { textIn, type JsonObject, type JsonValue, type Localized } from '@koers/engine';
import type { EditorProps, StatePath } from '../model/bundle';
import { readStepList } from '../model/step-fields';
import { newSignoff, prefillableFields, readPrefill, readSignoffs, writePrefill, writeSignoff } from '../model/step-carry';
import { ExpressionText } from './condition-json';
import { Checklist, LocalizedField } from './fields';
import { NewKey } from './NewKey';
import { carryText } from './carry-texts';

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A step's carried-over answers (`meta.prefill`) and sign-offs (`meta.signoff`), edited in the process editor. */
export function CarrySection(props: EditorProps & { path: StatePath }) {
  return (
    <>
      <PrefillEditor {...props} />
      <SignoffEditor {...props} />
    </>
  );
}

function PrefillEditor({ bundle, onChange, path, lang }: EditorProps & { path: StatePath }) {
  const t = (key: Parameters<typeof carryText>[0]) => carryText(key, lang);
  const forms = readStepList(bundle, path, 'forms');
  const prefill = readPrefill(bundle, path);
  return (
    <fieldset className="process-field carry">
      <legend>{t('prefill')}</legend>
      <p className="process-muted">{t('prefillHelp')}</p>
      {forms.length === 0 && <p className="process-muted">{t('noForms')}</p>}
      {forms.map((formId) => {
        const form = bundle.forms.find((f) => f.id === formId) as JsonObject | undefined;
        const fields = prefillableFields(form);
        const entries = Object.entries(prefill[formId] ?? {});
        return (
          <div key={formId} className="carry__form">
            <h4>{textIn(form?.title as Localized | undefined, lang) || formId} <code>{formId}</code></h4>
            {entries.map(([pointer, expr]) => (
              <div key={pointer} className="carry__row">
                <p><code>{pointer}</code></p>
                <ExpressionText value={expr} lang={lang} label={t('source')}
                  onChange={(next) => onChange(writePrefill(bundle, path, formId, pointer, next))} />
                <button type="button" className="button button--secondary" onClick={() => onChange(writePrefill(bundle, path, formId, pointer, undefined))}>
                  {t('remove')}<span className="kf-sr-only"> {pointer}</span>
                </button>
              </div>
            ))}
            <AddField fields={fields.filter((f) => !entries.some(([p]) => p === f))} label={t('addField')} fieldLabel={t('field')}
              onAdd={(pointer) => onChange(writePrefill(bundle, path, formId, pointer, { var: 'trajectory.name' }))} />
          </div>
        );
      })}
    </fieldset>
  );
}

function AddField({ fields, label, fieldLabel, onAdd }: { fields: string[]; label: string; fieldLabel: string; onAdd: (pointer: string) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  if (fields.length === 0) return null;
  const value = fields.includes(chosen) ? chosen : fields[0]!;
  return (
    <div className="process-key__row carry__add">
      <label htmlFor={id}>{fieldLabel}</label>
      <select id={id} value={value} onChange={(e) => setChosen(e.target.value)}>
        {fields.map((f) => <option key={f} value={f}>{f}</option>)}
      </select>
      <button type="button" className="button button--secondary" onClick={() => onAdd(value)}>{label}</button>
    </div>
  );
}

function SignoffEditor({ bundle, onChange, path, lang }: EditorProps & { path: StatePath }) {
  const t = (key: Parameters<typeof carryText>[0]) => carryText(key, lang);
  const signoffs = readSignoffs(bundle, path);
  const roles = Object.entries((bundle.definition.roles ?? {}) as JsonObject).map(([id, r]) => ({ id, title: textIn((r as { title?: Localized }).title, lang) || id }));
  const text = (spec: JsonObject, field: string): { nl: string; en: string } => {
    const v = spec[field] as Partial<Localized> | undefined;
    return { nl: v?.nl ?? '', en: v?.en ?? '' };
  };
  const edit = (key: string, spec: JsonObject, field: string, required: boolean) => (l: 'nl' | 'en', value: string) => {
    const next = { ...text(spec, field), [l]: value };
    const copy: JsonObject = { ...spec };
    if (!required && next.nl === '' && next.en === '') delete copy[field];
    else copy[field] = next as unknown as JsonValue;
    onChange(writeSignoff(bundle, path, key, copy));
  };
  return (
    <fieldset className="process-field carry">
      <legend>{t('signoff')}</legend>
      <p className="process-muted">{t('signoffHelp')}</p>
      {Object.entries(signoffs).map(([key, spec]) => {
        const chosen = Array.isArray(spec.requestRoles) ? spec.requestRoles.filter((r): r is string => typeof r === 'string') : [];
        return (
          <div key={key} className="carry__form">
            <h4><code>{key}</code></h4>
            <LocalizedField label={t('title')} value={text(spec, 'title')} onChange={edit(key, spec, 'title', true)} />
            <LocalizedField label={t('description')} value={text(spec, 'description')} onChange={edit(key, spec, 'description', false)} multiline />
            <LocalizedField label={t('signers')} value={text(spec, 'signers')} onChange={edit(key, spec, 'signers', false)} />
            <Checklist label={t('requestRoles')} options={roles} chosen={chosen} empty={t('noRoles')}
              onToggle={(id, on) => onChange(writeSignoff(bundle, path, key, { ...spec, requestRoles: on ? [...chosen, id] : chosen.filter((r) => r !== id) }))} />
            <button type="button" className="button button--secondary" onClick={() => onChange(writeSignoff(bundle, path, key, undefined))}>
              {t('remove')}<span className="kf-sr-only"> {key}</span>
            </button>
          </div>
        );
      })}
      <NewKey what={t('keyWhat')} lang={lang} onAdd={(key) => onChange(writeSignoff(bundle, path, key, newSignoff(key)))}
        problem={(key) => (Object.hasOwn(signoffs, key) ? { nl: carryText('keyTaken', 'nl'), en: carryText('keyTaken', 'en') }
          : KEY.test(key) ? undefined : { nl: carryText('keyPattern', 'nl'), en: carryText('keyPattern', 'en') })} />
    </fieldset>
  );
}
