import { type FormEvent, useState } from 'react';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Field, useServerForm } from '../../pages/invitation/Field';
import { type Organisation, type OrganisationFields, REGIONS, type Region } from './api';
import { PEOPLE_TEXT as T } from './text';

const FIELDS = ['/name', '/brin', '/region'] as const;
/** The validator's words (a regular expression, "minLength") made plain. */
const PLAINER = {
  '/name': { keywords: ['minLength', 'pattern', 'required'], message: T.nameMissing },
  '/brin': { keywords: ['pattern', 'type'], message: T.brinInvalid },
};

/**
 * The fields of a bestuur or school (name, BRIN code and, for a school, its holiday region), to create one or
 * change one. The server checks them; its refusals land next to the field they are about.
 */
export function OrganisationForm({ idPrefix, kind, initial, submitLabel, onSubmit, onCancel }: {
  idPrefix: string;
  kind: 'bestuur' | 'school';
  initial?: Organisation;
  submitLabel: string;
  onSubmit: (fields: OrganisationFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const { lang } = useLang();
  const { form, general, text, send } = useServerForm(FIELDS, PLAINER);
  const [name, setName] = useState(initial?.name ?? '');
  const [brin, setBrin] = useState(initial?.brin ?? '');
  const [region, setRegion] = useState<Region | ''>(initial?.region ?? '');
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setPending(true);
    // A BRIN code is written in capitals; "12ab" is meant as 12AB.
    const fields = { name, brin: brin.trim() === '' ? null : brin.trim().toUpperCase(), region: kind === 'school' && region !== '' ? region : null };
    void send(async () => {
      await onSubmit(fields);
      setSaved(true);
      if (!initial) {
        setName('');
        setBrin('');
        setRegion('');
      }
    }).finally(() => setPending(false));
  };
  return (
    <form ref={form} className="people-form" onSubmit={submit} noValidate>
      {general && <p className="invite-form__problem" role="alert">{textIn(general, lang)}</p>}
      <Field id={`${idPrefix}-name`} label={textIn(T.name, lang)} error={text('/name')}>
        {(aria) => <input {...aria} type="text" required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id={`${idPrefix}-brin`} label={textIn(T.brin, lang)} hint={textIn(T.brinHint, lang)} error={text('/brin')}>
        {(aria) => <input {...aria} type="text" autoComplete="off" maxLength={6} className="people-form__brin" value={brin} onChange={(e) => setBrin(e.target.value)} />}
      </Field>
      {kind === 'school' && (
        <Field id={`${idPrefix}-region`} label={textIn(T.region, lang)} hint={textIn(T.regionHint, lang)} error={text('/region')}>
          {(aria) => (
            <select {...aria} value={region} onChange={(e) => setRegion(e.target.value as Region | '')}>
              <option value="">{textIn(T.regionNone, lang)}</option>
              {REGIONS.map((r) => <option key={r} value={r}>{textIn(T.regions[r], lang)}</option>)}
            </select>
          )}
        </Field>
      )}
      <div className="people-form__actions">
        <button type="submit" className="button" disabled={pending}>{pending ? textIn(T.saving, lang) : submitLabel}</button>
        {onCancel && <button type="button" className="button button--secondary" onClick={onCancel}>{textIn(T.cancel, lang)}</button>}
        <span role="status" className="people-form__saved">{saved && initial ? textIn(T.saved, lang) : ''}</span>
      </div>
    </form>
  );
}
