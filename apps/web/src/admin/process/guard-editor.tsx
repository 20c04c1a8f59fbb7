import { useId } from 'react';
import { describeGuard, GUARD_SPECS, type JsonObject, type JsonValue, type Ref } from '@koers/engine';
import { GuardWords } from './guard-words';
import { defaultParams, readRef, withParams } from '../model/actions';
import { conditionFields, formById, formFields } from '../model/condition-fields';
import { ConditionBuilder } from './condition-builder';
import { ParamsEditor } from './action-params';
import { vocabularyName } from './action-words';
import { describeContext, offerOf, stepForms, type StepEditing } from './transition-context';
import { tt } from './transition-text';

/**
 * The guard of one branch: none ("altijd"), or one from the closed vocabulary with its params; `condition`
 * gets the condition builder. Below it, the guard in plain words as the engine describes it.
 */
export function GuardEditor({ ctx, guard, eventForm, onChange, label, noneLabel }: {
  ctx: StepEditing;
  guard: JsonValue | undefined;
  eventForm: string | undefined;
  onChange: (next: JsonValue | undefined) => void;
  /** The select's label (default "Voorwaarde") and its empty choice (default "Altijd"), e.g. for a warning's rule. */
  label?: string;
  noneLabel?: string;
}) {
  const id = useId();
  const { bundle, lang } = ctx;
  const ref = readRef(guard);
  const pick = (type: string) => {
    if (type === '') return onChange(undefined);
    const params = type === 'condition' ? { expr: true } : defaultParams(type, 'guard', offerOf(bundle, eventForm));
    // Without event data (automatic choices, onDone) an answer guard must name the form it reads (format §3).
    if (!eventForm && params.field === '' && GUARD_SPECS[type]?.params.form && typeof bundle.forms[0]?.id === 'string') params.form = bundle.forms[0].id;
    // An answer guard starts on the first field of the form it reads, with that field's first choice.
    if (params.field === '') {
      const form = formById(bundle, typeof params.form === 'string' ? params.form : eventForm);
      const field = form ? formFields(form, lang).find((f) => !f.inList && f.kind !== 'object' && f.kind !== 'list') : undefined;
      if (field) {
        params.field = field.pointer;
        const first = field.choices?.[0]?.value ?? (field.kind === 'boolean' ? true : undefined);
        if (first !== undefined && 'value' in params) params.value = first;
      }
    }
    onChange({ type, params });
  };
  const setParams = (params: JsonObject) => onChange(withParams(guard ?? '', params));
  const describe = describeContext(bundle, lang, eventForm);
  // The reading is a help: a guard the describer cannot read (half typed) must not break the editor.
  const reading = () => {
    if (ref?.type === 'condition' && ref.params.expr === true) return `${tt('reads', lang)}: ${tt('alwaysTrue', lang)}`;
    try {
      // The rule itself, not the author's description of it: the editor shows both, one beside the other.
      return `${tt('reads', lang)}: ${describeGuard(ref ? { type: ref.type, params: ref.params } : (guard as Ref), describe)}`;
    } catch {
      return '';
    }
  };
  const known = ref === undefined || Object.hasOwn(GUARD_SPECS, ref.type);

  return (
    <div className="tr-guard">
      <div className="tr-field">
        <label htmlFor={id}>{label ?? tt('guard', lang)}</label>
        <select id={id} value={ref?.type ?? ''} onChange={(e) => pick(e.target.value)}>
          <option value="">{noneLabel ?? tt('noGuard', lang)}</option>
          {!known && <option value={ref!.type}>{ref!.type}</option>}
          {Object.keys(GUARD_SPECS).map((type) => <option key={type} value={type}>{vocabularyName(type, 'guard', lang)}</option>)}
        </select>
      </div>
      {ref?.type === 'condition' ? (
        <ConditionBuilder
          expr={ref.params.expr ?? true}
          onChange={(expr) => setParams({ ...ref.params, expr })}
          fields={conditionFields(bundle, eventForm, lang, stepForms(ctx))}
          lang={lang}
          reading={reading()}
        />
      ) : ref && known ? (
        <>
          <ParamsEditor type={ref.type} vocabulary="guard" params={ref.params} onChange={setParams} bundle={bundle} eventForm={eventForm} lang={lang} />
          <p className="tr-reading" aria-live="polite">{reading()}</p>
        </>
      ) : null}
      {ref && known && <GuardWords guard={guard} lang={lang} onChange={onChange} />}
    </div>
  );
}
