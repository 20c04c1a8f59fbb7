import type { JsonObject, Lang, Problem } from '@koers/engine';
import {
  fieldText, isRequired, setFieldText, setRequired, type TextPart,
} from '../model/form-field-edit';
import { fieldKey, kindOf, schemaNode } from '../model/form-fields';
import { parentOf, type LayoutItem } from '../model/form-layout';
import { problemsByField } from '../model/form-problems';
import { removeField } from '../model/form-remove';
import { ChoiceEditor } from './ChoiceEditor';
import { KeyEditor } from './KeyEditor';
import { MeetingToggle } from './MeetingToggle';
import { Constraints } from './Constraints';
import { CheckField, ProblemList, TextField } from './inputs';
import { KIND_NAMES, t } from './messages';
import { MoveTo } from './MoveTo';
import { RuleEditor } from './RuleEditor';

/** Everything about one field: texts in both languages, required, limits, options, when it shows, deleting it. */
export function FieldPanel({ form, pointer, item, outline, onChange, onDeleted, onRenamed, problems, lang }: {
  form: JsonObject; pointer: string; item: LayoutItem | undefined; outline: LayoutItem;
  onChange: (form: JsonObject) => void; onDeleted: () => void; onRenamed: (pointer: string) => void; problems: readonly Problem[]; lang: Lang;
}) {
  const schema = schemaNode(form, pointer);
  if (!schema) return <p className="fb-muted">{t(lang, 'pickField')}</p>;
  const control = item?.keys[0] === 'uischema' ? item : undefined;
  const kind = item?.fieldKind ?? kindOf(schema);
  const own = problemsByField(form, problems).get(pointer) ?? [];
  const text = (part: TextPart, lng: Lang, key: 'labelNl' | 'labelEn' | 'helpNl' | 'helpEn', multiline = false) => (
    <TextField label={t(lang, key)} multiline={multiline} value={fieldText(form, pointer, part, lng)}
      onChange={(v) => onChange(setFieldText(form, pointer, part, lng, v))} />
  );
  const name = fieldText(form, pointer, 'label', lang) || fieldKey(pointer);
  const base = control ? parentOf(outline, control.id)?.base ?? '' : '';

  return (
    <div className="fb-field-panel">
      <h2 className="fb-heading">{name} <span className="fb-badge">{KIND_NAMES[kind][lang]}</span></h2>
      <ProblemList problems={own} lang={lang} title={t(lang, 'problems')} />
      {text('label', 'nl', 'labelNl')}
      {text('label', 'en', 'labelEn')}
      <KeyEditor form={form} pointer={pointer} onChange={onChange} onRenamed={onRenamed} lang={lang} />
      {text('description', 'nl', 'helpNl', true)}
      {text('description', 'en', 'helpEn', true)}
      <CheckField label={t(lang, 'required')} checked={isRequired(form, pointer)}
        onChange={(on) => onChange(setRequired(form, pointer, on))} />
      <Constraints form={form} pointer={pointer} kind={kind} control={control} onChange={onChange} lang={lang} />
      {kind === 'date' && <MeetingToggle form={form} pointer={pointer} onChange={onChange} lang={lang} />}
      {(kind === 'choice' || kind === 'multi' || kind === 'yesno') && (
        <ChoiceEditor form={form} pointer={pointer} fixed={kind === 'yesno'} onChange={onChange} lang={lang} />
      )}
      {control && <MoveTo form={form} outline={outline} item={control} onChange={onChange} lang={lang} />}
      {control && <RuleEditor form={form} element={control.keys} base={base} self={pointer} onChange={onChange} lang={lang} />}
      <button type="button" className="button button--secondary fb-danger" onClick={() => {
        if (!window.confirm(t(lang, 'deleteFieldConfirm', { name }))) return;
        onChange(removeField(form, pointer));
        onDeleted();
      }}>{t(lang, 'deleteField')}</button>
    </div>
  );
}
