import type { JsonObject, Lang } from '@koers/engine';
import { layoutLabel, setLayoutLabel } from '../model/form-field-edit';
import { parentOf, type LayoutItem } from '../model/form-layout';
import { dissolveLayout } from '../model/form-remove';
import { TextField } from './inputs';
import { t } from './messages';
import { MoveTo } from './MoveTo';
import { RuleEditor } from './RuleEditor';

/** A section, tab, row or info text: its label (or text) in both languages, when it shows, and removing it. */
export function LayoutPanel({ form, item, outline, onChange, onDone, lang }: {
  form: JsonObject; item: LayoutItem; outline: LayoutItem; onChange: (form: JsonObject) => void; onDone: () => void; lang: Lang;
}) {
  const labelled = item.kind === 'group' || item.kind === 'tab' || item.kind === 'label';
  const info = item.kind === 'label';
  const base = parentOf(outline, item.id)?.base ?? '';
  const kindName = t(lang, item.kind === 'tab' ? 'tab' : item.kind === 'group' ? 'section' : item.kind === 'label' ? 'info' : item.kind === 'row' ? 'row' : 'column');
  const isRoot = item.id === outline.id;
  return (
    <div className="fb-layout-panel">
      <h2 className="fb-heading">{kindName}</h2>
      {labelled && (
        <>
          <TextField label={t(lang, info ? 'textNl' : 'labelNl')} multiline={info} value={layoutLabel(form, item.keys, 'nl')}
            onChange={(v) => onChange(setLayoutLabel(form, item.keys, 'nl', v))} />
          <TextField label={t(lang, info ? 'textEn' : 'labelEn')} multiline={info} value={layoutLabel(form, item.keys, 'en')}
            onChange={(v) => onChange(setLayoutLabel(form, item.keys, 'en', v))} />
        </>
      )}
      {!isRoot && <MoveTo form={form} outline={outline} item={item} onChange={onChange} lang={lang} />}
      {item.kind !== 'tab' && !isRoot && <RuleEditor form={form} element={item.keys} base={base} self={undefined} onChange={onChange} lang={lang} />}
      {!isRoot && !(item.kind === 'tab' && (item.children?.length ?? 0) > 0) && (
        <button type="button" className="button button--secondary fb-danger" onClick={() => {
          onChange(dissolveLayout(form, item.keys));
          onDone();
        }}>{t(lang, 'dissolve')}</button>
      )}
    </div>
  );
}
