import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setInState, stateAt } from '../model/edit';
import { formById, formFields, formName } from '../model/condition-fields';
import { setEventForm } from '../model/transitions';
import { declared, declaredTitle, type StepEditing } from './transition-context';
import { CheckboxList, LocalizedFields, SelectField } from './transition-fields';
import { tt } from './transition-text';

const names = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * The description of an event (`meta.events[name]`): button text, who may send it, the form it carries with its
 * required fields picked from that form, and an explanation.
 */
export function EventSpecFields({ ctx, name, spec, setSpec }: {
  ctx: StepEditing;
  name: string;
  spec: JsonObject;
  setSpec: (keys: (string | number)[], value: JsonValue | undefined) => void;
}) {
  const { bundle, path, lang, onChange } = ctx;
  const formId = typeof spec.form === 'string' ? spec.form : '';
  const form = formById(bundle, formId);
  const fields = form ? formFields(form, lang).filter((f) => !f.inList) : [];
  const shown = names(getIn(stateAt(bundle, path), ['meta', 'forms']));

  const pickForm = (id: string) => {
    const next = formById(bundle, id);
    const pointers = new Set(next ? formFields(next, lang).map((f) => f.pointer) : []);
    onChange(setEventForm(bundle, path, name, id, (pointer) => pointers.has(pointer)));
  };

  return (
    <div className="tr-spec">
      <LocalizedFields value={spec.label} labels={{ nl: tt('labelNl', lang), en: tt('labelEn', lang) }} onChange={(v) => setSpec(['label'], v)} />
      <CheckboxList
        legend={tt('mayBeSentBy', lang)}
        options={declared(bundle, 'roles').map((role) => ({ value: role, label: declaredTitle(bundle, 'roles', role, lang) }))}
        value={names(spec.roles)}
        onChange={(roles) => setSpec(['roles'], roles)}
      />
      <SelectField
        label={tt('carriesForm', lang)}
        value={formId}
        empty={tt('noForm', lang)}
        options={bundle.forms.map((f) => ({ value: String(f.id), label: formName(bundle, String(f.id), lang) }))}
        onChange={pickForm}
      />
      {formId && !shown.includes(formId) && (
        <button type="button" className="button button--secondary tr-small" onClick={() => onChange(setInState(bundle, path, ['meta', 'forms'], [...shown, formId]))}>
          {tt('formAlsoShown', lang)}
        </button>
      )}
      {form && (
        <CheckboxList
          legend={tt('requiredFields', lang)}
          help={tt('requiredHelp', lang)}
          options={fields.map((f) => ({ value: f.pointer, label: f.label, hint: f.pointer }))}
          value={names(spec.requiredFields)}
          onChange={(pointers) => setSpec(['requiredFields'], pointers.length ? pointers : undefined)}
        />
      )}
      <LocalizedFields value={spec.description} multiline labels={{ nl: tt('descriptionNl', lang), en: tt('descriptionEn', lang) }}
        onChange={(v) => setSpec(['description'], v.nl === '' && v.en === '' ? undefined : v)} />
      {/* Ask first (issue 14): the confirmation's text, and a reason with it (which needs the text: reason-without-confirm). */}
      <LocalizedFields value={spec.confirm} multiline labels={{ nl: tt('confirmNl', lang), en: tt('confirmEn', lang) }}
        onChange={(v) => setSpec(['confirm'], v.nl === '' && v.en === '' ? undefined : v)} />
      <p className="tr-help">{tt('confirmHelp', lang)}</p>
      <SelectField
        label={tt('reason', lang)}
        value={typeof spec.reason === 'string' ? spec.reason : ''}
        empty={tt('reasonNone', lang)}
        options={[{ value: 'required', label: tt('reasonRequired', lang) }, { value: 'optional', label: tt('reasonOptional', lang) }]}
        onChange={(v) => setSpec(['reason'], v === '' ? undefined : v)}
      />
    </div>
  );
}
