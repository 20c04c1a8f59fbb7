import { useState } from 'react';
import { type JsonObject, type Lang, textIn } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { fieldReadersOf, readableFields, readersOf, setFieldReaders, setReaders } from '../model/form-access';
import { formSenders } from '../model/form-usage';
import { isObject } from '../model/form-fields';
import { CheckField } from './inputs';

const T = {
  heading: { nl: 'Wie mag dit formulier lezen?', en: 'Who may read this form?' },
  restrict: { nl: 'Alleen bepaalde rollen', en: 'Only certain roles' },
  hint: {
    nl: 'Zonder beperking leest iedereen die het traject ziet dit formulier. Met beperking alleen wie een van deze rollen in het traject heeft; ook beheerders en procesbegeleiders zonder zo\'n rol zien de antwoorden niet. Wie het formulier indient, moet het mogen lezen.',
    en: 'Unrestricted, everyone who sees the trajectory reads this form. Restricted, only holders of one of these roles in the trajectory; administrators and coaches without such a role do not see the answers either. Whoever submits the form must be able to read it.',
  },
  readers: { nl: 'Mogen lezen', en: 'May read' },
  fields: { nl: 'Velden met minder lezers', en: 'Fields with fewer readers' },
  fieldsHint: { nl: 'Wie het formulier mag lezen maar zo\'n veld niet, ziet de antwoorden zonder dat veld.', en: 'Whoever may read the form but not such a field sees the answers without that field.' },
  addField: { nl: 'Veld beperken…', en: 'Restrict a field…' },
  remove: { nl: 'Beperking weghalen', en: 'Remove restriction' },
};

const roleTitle = (spec: unknown, id: string, lang: Lang) =>
  isObject(spec) && isObject(spec.title) && typeof spec.title.nl === 'string' && typeof spec.title.en === 'string' ? textIn({ nl: spec.title.nl, en: spec.title.en }, lang) : id;

/**
 * The form's readers (`formAccess` in the definition): unrestricted, or a set of the type's roles, and per field
 * fewer. Restricting starts with the roles that submit the form, so the type stays valid.
 */
export function ReadersEditor({ bundle, form, onChange, lang }: { bundle: Bundle; form: JsonObject; onChange: (bundle: Bundle) => void; lang: Lang }) {
  const id = String(form.id);
  const roles = Object.entries(isObject(bundle.definition.roles) ? bundle.definition.roles : {});
  const read = readersOf(bundle, id);
  const fieldRules = fieldReadersOf(bundle, id);
  const fields = readableFields(form);
  const [adding, setAdding] = useState('');
  const toggle = (list: string[], role: string, on: boolean) => (on ? [...list, role].filter((r, i, all) => all.indexOf(r) === i) : list.filter((r) => r !== role));
  const titleOfField = (pointer: string) => fields.find((f) => f.pointer === pointer)?.title ?? pointer;
  return (
    <section className="fb-readers" aria-labelledby={`fb-readers-${id}`}>
      <h3 className="fb-subheading" id={`fb-readers-${id}`}>{textIn(T.heading, lang)}</h3>
      <CheckField label={textIn(T.restrict, lang)} checked={read !== undefined}
        onChange={(on) => onChange(setReaders(bundle, id, on ? formSenders(bundle, id) : undefined))} />
      <p className="fb-muted">{textIn(T.hint, lang)}</p>
      {read !== undefined && (
        <>
          <fieldset className="fb-readers__roles">
            <legend>{textIn(T.readers, lang)}</legend>
            {roles.map(([role, spec]) => (
              <CheckField key={role} label={roleTitle(spec, role, lang)} checked={read.includes(role)}
                onChange={(on) => onChange(setReaders(bundle, id, toggle(read, role, on)))} />
            ))}
          </fieldset>
          <h4 className="fb-subheading">{textIn(T.fields, lang)}</h4>
          <p className="fb-muted">{textIn(T.fieldsHint, lang)}</p>
          {Object.entries(fieldRules).map(([pointer, readers]) => (
            <fieldset key={pointer} className="fb-readers__roles">
              <legend>{titleOfField(pointer)} <code>{pointer}</code></legend>
              {roles.filter(([role]) => read.includes(role)).map(([role, spec]) => (
                <CheckField key={role} label={roleTitle(spec, role, lang)} checked={readers.includes(role)}
                  onChange={(on) => onChange(setFieldReaders(bundle, id, pointer, toggle(readers, role, on)))} />
              ))}
              <button type="button" className="button button--secondary" onClick={() => onChange(setFieldReaders(bundle, id, pointer, undefined))}>
                {textIn(T.remove, lang)}
              </button>
            </fieldset>
          ))}
          <label className="fb-readers__add">
            <span>{textIn(T.addField, lang)}</span>
            <select value={adding} onChange={(e) => {
              const pointer = e.target.value;
              setAdding('');
              // Start with whoever submits the form (they must read all of it), else the first reader.
              const senders = formSenders(bundle, id).filter((r) => read.includes(r));
              if (pointer) onChange(setFieldReaders(bundle, id, pointer, senders.length > 0 ? senders : read.slice(0, 1)));
            }}>
              <option value="">–</option>
              {fields.filter((f) => !Object.hasOwn(fieldRules, f.pointer)).map((f) => <option key={f.pointer} value={f.pointer}>{f.title}</option>)}
            </select>
          </label>
        </>
      )}
    </section>
  );
}
