import { useEffect, useMemo, useRef } from 'react';
import {
  composePaths,
  createDefaultValue,
  findUISchema,
  type ArrayControlProps,
  type ControlElement,
  type JsonSchema,
} from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsArrayControlProps } from '@jsonforms/react';
import { msg } from '../i18n/messages';
import { fieldId, useFormStep } from '../form/context';
import { Field, ReadonlyField } from './Field';
import { formatValue } from './format';
import { fieldKind } from './testers';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** The heading of item `index`: the item's own title (`options.elementLabelProp`) or "<noun> <number>". */
export function itemTitle(noun: string, index: number, item: unknown, labelProp?: unknown): string {
  if (typeof labelProp === 'string' && item && typeof item === 'object') {
    const value = (item as Record<string, unknown>)[labelProp];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return `${noun} ${index + 1}`;
}

/**
 * The UI schema of a plain-value item, labelled with the item's name. The i18n key is one no form defines, so
 * the translator keeps this label instead of putting the array's own label in its place.
 */
function plainItemUi(title: string): ControlElement {
  return { type: 'Control', scope: '#', label: title, i18n: 'koers.repeatable.item' } as ControlElement;
}

/**
 * A repeatable group (an array of objects, such as SMART goals): every item in its own box with a heading and a
 * "Verwijderen" button, and one "Toevoegen" button under the list that stops at `maxItems`. Adding moves the
 * focus into the new item; removing moves it to the add button, so keyboard users never lose their place.
 */
export function RepeatableControl(props: ArrayControlProps) {
  const {
    data, path, label, description, required, errors, visible, enabled, schema, arraySchema, uischema, uischemas,
    rootSchema, renderers, cells, addItem, removeItems,
  } = props;
  const { lang, readonly, idPrefix } = useFormStep();
  const items: unknown[] = Array.isArray(data) ? data : [];
  const control = uischema as ControlElement;
  const detail = useMemo(
    () => findUISchema(uischemas ?? [], schema, control.scope, path, undefined, control, rootSchema),
    [uischemas, schema, control, path, rootSchema],
  );
  const pendingFocus = useRef<'added' | 'removed' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (pendingFocus.current === 'added') {
      const last = listRef.current?.lastElementChild;
      last?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    } else if (pendingFocus.current === 'removed') {
      addButton.current?.focus();
    }
    pendingFocus.current = null;
  }, [items.length]);

  if (!visible) return null;
  const noun = typeof schema.title === 'string' ? schema.title : label;
  const primitive = schema.type !== 'object';
  const maxItems = (arraySchema as JsonSchema).maxItems;
  const full = maxItems !== undefined && items.length >= maxItems;
  const list = items.length > 0 && (
    <ol className={`kf-items${primitive ? ' kf-items--plain' : ''}`} ref={listRef}>
      {items.map((item, index) => {
        const title = itemTitle(noun, index, item, control.options?.elementLabelProp);
        const childPath = composePaths(path, String(index));
        const removeButton = !readonly && (
          <button type="button" className="kf-button kf-button--remove" disabled={!enabled}
            aria-label={msg('removeItem', lang, { item: title })}
            onClick={() => {
              pendingFocus.current = 'removed';
              removeItems?.(path, [index])();
            }}>
            {msg('remove', lang)}
          </button>
        );
        if (primitive) {
          // One plain value per item: the field itself carries the item's name, no heading needed.
          return (
            <li key={index} className="kf-item kf-item--plain">
              <JsonFormsDispatch schema={schema} uischema={plainItemUi(title)} path={childPath} enabled={enabled}
                renderers={renderers} cells={cells} />
              {removeButton}
            </li>
          );
        }
        const titleId = `${fieldId(idPrefix, childPath)}-title`;
        return (
          <li key={index} className="kf-item">
            <section aria-labelledby={titleId} className="kf-item__box">
              <div className="kf-item__head">
                <h3 className="kf-item__title" id={titleId}>{title}</h3>
                {removeButton}
              </div>
              <JsonFormsDispatch schema={schema} uischema={detail} path={childPath} enabled={enabled}
                renderers={renderers} cells={cells} />
            </section>
          </li>
        );
      })}
    </ol>
  );

  if (readonly) {
    const kind = fieldKind(schema) ?? 'text';
    return (
      <ReadonlyField path={path} label={label}>
        {items.length === 0 ? <span className="kf-value--empty">{msg('notFilled', lang)}</span>
          : primitive ? <ul className="kf-value-list">{items.map((item, i) => <li key={i}>{formatValue(kind, item, lang)}</li>)}</ul>
          : list}
      </ReadonlyField>
    );
  }

  return (
    <Field path={path} label={label} required={required} description={description} errors={errors} variant="group"
      className="kf-field--repeatable">
      {() => (
        <>
          {list || <p className="kf-empty">{msg('noItems', lang)}</p>}
          <div className="kf-items__actions">
            <button type="button" ref={addButton} className="kf-button kf-button--add" disabled={!enabled || full}
              onClick={() => {
                pendingFocus.current = 'added';
                addItem(path, createDefaultValue(schema, rootSchema))();
              }}>
              <span aria-hidden="true">+ </span>{msg('addTo', lang, { label: noun })}
            </button>
            {maxItems !== undefined && <span className="kf-hint">{msg('maxItems', lang, { max: maxItems })}</span>}
          </div>
        </>
      )}
    </Field>
  );
}

export const RepeatableControlRenderer = withJsonFormsArrayControlProps(RepeatableControl);
