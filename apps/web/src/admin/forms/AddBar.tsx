import { useId, useState } from 'react';
import type { JsonObject, Lang } from '@koers/engine';
import { addField, addLayout, keyFromLabel, NEW_FIELD_KINDS, type NewFieldKind } from '../model/form-add';
import { fieldsUnder, toPointer } from '../model/form-fields';
import type { LayoutItem } from '../model/form-layout';
import { TextField } from './inputs';
import { KIND_NAMES, t } from './messages';

type LayoutType = 'Group' | 'Category' | 'Label';

/** Where layout elements may go: tabs only directly in a Categorization, sections and info text elsewhere. */
function layoutKinds(container: LayoutItem): LayoutType[] {
  if (container.childrenIn !== 'elements') return [];
  if (container.kind === 'tabs') return ['Category'];
  return ['Group', 'Label'];
}

/** A unique i18n key for a new section, tab or info text (`groep.2`), so its English text has a home. */
function layoutKey(form: JsonObject, prefix: string): string {
  const text = JSON.stringify(form.uischema ?? {});
  let n = 1;
  while (text.includes(`"${prefix}.${n}"`)) n += 1;
  return `${prefix}.${n}`;
}

/**
 * Adding to one container of the outline: a field of any kind (label in both languages; its key is made from
 * the Dutch label), or a section, tab or info text where the layout allows one.
 */
export function AddBar({ form, container, onChange, onAdded, lang, name }: {
  form: JsonObject; container: LayoutItem; onChange: (form: JsonObject) => void; onAdded: (pointer: string) => void;
  lang: Lang; name?: string;
}) {
  const kindId = useId();
  const layouts = layoutKinds(container);
  const fieldKinds = container.kind === 'tabs' ? [] : NEW_FIELD_KINDS.filter((k) => k !== 'group' || !(container.base ?? '').endsWith('/items'));
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<NewFieldKind | LayoutType>(fieldKinds[0] ?? layouts[0] ?? 'text');
  const [label, setLabel] = useState({ nl: '', en: '' });
  const isLayout = (k: string): k is LayoutType => k === 'Group' || k === 'Category' || k === 'Label';
  const add = () => {
    const text = { nl: label.nl.trim(), en: label.en.trim() };
    if (isLayout(kind)) {
      const prefix = kind === 'Group' ? 'groep' : kind === 'Category' ? 'categorie' : 'uitleg';
      onChange(addLayout(form, container, kind, text, layoutKey(form, prefix)));
    } else {
      const key = keyFromLabel(text.nl, fieldsUnder(form, container.base ?? '').map((f) => f.key));
      onChange(addField(form, container, kind, key, text));
      onAdded(`${container.base ?? ''}${toPointer(['properties', key])}`);
    }
    setLabel({ nl: '', en: '' });
    setOpen(false);
  };
  const title = name ? t(lang, 'addFieldIn', { name }) : t(lang, 'addField');
  if (!open) {
    return <button type="button" className="fb-link fb-add" aria-label={title} onClick={() => setOpen(true)}>+ {t(lang, 'add')}…</button>;
  }
  const info = kind === 'Label';
  return (
    <form className="fb-add__form" aria-label={title} onSubmit={(e) => { e.preventDefault(); if (label.nl.trim() !== '') add(); }}>
      <div className="fb-field">
        <label htmlFor={kindId}>{t(lang, 'kind')}</label>
        <select id={kindId} className="fb-input" value={kind} onChange={(e) => setKind(e.target.value as NewFieldKind | LayoutType)}>
          {fieldKinds.map((k) => <option key={k} value={k}>{KIND_NAMES[k][lang]}</option>)}
          {layouts.map((k) => <option key={k} value={k}>{t(lang, k === 'Group' ? 'section' : k === 'Category' ? 'tab' : 'info')}</option>)}
        </select>
      </div>
      <TextField label={t(lang, info ? 'textNl' : 'labelNl')} multiline={info} value={label.nl} required onChange={(nl) => setLabel({ ...label, nl })} />
      <TextField label={t(lang, info ? 'textEn' : 'labelEn')} multiline={info} value={label.en} onChange={(en) => setLabel({ ...label, en })} />
      <div className="fb-actions">
        <button type="submit" className="button" disabled={label.nl.trim() === ''}>{t(lang, 'add')}</button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>{t(lang, 'cancel')}</button>
      </div>
    </form>
  );
}
