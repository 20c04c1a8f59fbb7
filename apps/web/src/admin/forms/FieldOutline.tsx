import { useEffect, useMemo, useRef, useState } from 'react';
import type { JsonObject, Lang, Problem } from '@koers/engine';
import { getIn, setIn } from '../model/edit';
import { fieldToScope, fieldsNotShown, moveChild, type LayoutItem } from '../model/form-layout';
import { fieldText, layoutLabel } from '../model/form-field-edit';
import { fieldKey } from '../model/form-fields';
import { problemsByField } from '../model/form-problems';
import { splitIntoTabs } from '../model/form-add';
import { AddBar } from './AddBar';
import { SortableList, type RowProps } from './SortableList';
import { t } from './messages';

export interface OutlineProps {
  form: JsonObject;
  outline: LayoutItem;
  onChange: (form: JsonObject) => void;
  /** The outline item that is selected (a field's or a section's). */
  selected: string | undefined;
  selectedField: string | undefined;
  onSelectField: (pointer: string | undefined) => void;
  onSelectLayout: (id: string) => void;
  problems: readonly Problem[];
  lang: Lang;
}

/** What an outline item is called: the field's label, a section's label, or the kind of layout. */
export function itemName(form: JsonObject, item: LayoutItem, lang: Lang): string {
  if (item.field !== undefined) return fieldText(form, item.field, 'label', lang) || fieldText(form, item.field, 'label', 'nl') || fieldKey(item.field);
  if (item.label) return (lang === 'en' && layoutLabel(form, item.keys, 'en')) || item.label;
  return t(lang, item.kind === 'row' ? 'row' : item.kind === 'tab' ? 'tab' : item.kind === 'group' ? 'section' : 'column');
}

/**
 * The form's fields in the order participants see them, nested as the layout nests them (tabs, sections, rows,
 * a group's own fields). Each row can be dragged (mouse, touch, or keyboard: space, arrows, space) or moved with
 * its own "omhoog/omlaag" buttons; the new place is announced.
 */
export function FieldOutline(props: OutlineProps) {
  const { form, outline, onChange, onSelectField, problems, lang } = props;
  const byField = useMemo(() => problemsByField(form, problems), [form, problems]);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<{ id: string; action: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending) return;
    focusAfter.current = null;
    const row = root.current?.querySelector(`[data-fb-id="${CSS.escape(pending.id)}"]`);
    (row?.querySelector<HTMLElement>(`[data-fb-action="${pending.action}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-fb-action="select"]'))?.focus();
  });

  const move = (parent: LayoutItem, from: number, to: number, action?: string) => {
    const item = parent.children?.[from];
    if (!item || to < 0 || to >= (parent.children?.length ?? 0)) return;
    onChange(moveChild(form, parent, from, to));
    const id = parent.childrenIn === 'elements' ? [...parent.childrenKeys!, to].join('/') : item.id;
    if (action) focusAfter.current = { id, action };
    setAnnouncement(t(lang, 'moved', { name: itemName(form, item, lang), n: to + 1, count: parent.children!.length }));
  };
  const hidden = fieldsNotShown(form, outline);
  const rowProps: Omit<RowProps, 'item' | 'index' | 'parent'> = { ...props, byField, move, itemName: (item) => itemName(form, item, lang) };

  return (
    <div className="fb-outline" ref={root}>
      <h2 className="fb-heading">{t(lang, 'fields')}</h2>
      <p className="fb-help">{t(lang, 'outlineHelp')}</p>
      <button type="button" className="fb-link" onClick={() => onSelectField(undefined)}>{t(lang, 'formSettings')}…</button>
      {(outline.children?.length ?? 0) === 0 ? <p className="fb-muted">{t(lang, 'noFields')}</p>
        : <SortableList parent={outline} row={rowProps} />}
      <AddBar form={form} container={outline} onChange={onChange} onAdded={onSelectField} lang={lang} />
      {outline.keys[0] === 'uischema' && outline.kind === 'column' && (outline.children?.length ?? 0) > 0 && (
        <button type="button" className="fb-link" onClick={() => onChange(splitIntoTabs(form, { nl: t('nl', 'firstTab'), en: t('en', 'firstTab') }))}>
          {t(lang, 'makeTabs')}
        </button>
      )}
      {hidden.length > 0 && (
        <div className="fb-hidden">
          <h3 className="fb-subheading">{t(lang, 'notShown')}</h3>
          <ul>
            {hidden.map((pointer) => (
              <li key={pointer}>
                <button type="button" className="fb-link" onClick={() => onSelectField(pointer)}>
                  {fieldText(form, pointer, 'label', lang) || fieldKey(pointer)}
                </button>{' '}
                {outline.childrenIn === 'elements' && outline.childrenKeys && (
                  <button type="button" className="button button--secondary fb-small" onClick={() => {
                    const list = getIn(form, outline.childrenKeys!);
                    onChange(setIn(form, outline.childrenKeys!, [...(Array.isArray(list) ? list : []), { type: 'Control', scope: fieldToScope(pointer, '') }]));
                  }}>{t(lang, 'showInForm')}</button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="fb-sr-only" role="status" aria-live="polite">{announcement}</p>
    </div>
  );
}
