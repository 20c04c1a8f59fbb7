import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setIn } from './edit';
import { fieldsUnder, isObject, kindOf, pointerKeys, schemaNode, type FieldKind } from './form-fields';

/*
 * The builder's outline of a form: what the runner shows, in its order. With a UI schema that is the UI schema
 * (JSON Forms renders only what it lists, in its order); without one, and inside a group that has no detail
 * layout, JSON Forms generates the layout from the schema's `properties`, so that order is the outline there.
 */

/** Path of keys from the form's root to a JSON value (`['uischema', 'elements', 0]`). */
export type Keys = readonly (string | number)[];

export type ItemKind = 'control' | 'field' | 'group' | 'row' | 'column' | 'tab' | 'tabs' | 'label' | 'other';

/** One entry of the outline. */
export interface LayoutItem {
  /** Stable for the item while it stays where it is: its keys joined. */
  id: string;
  kind: ItemKind;
  /** Where the item's JSON is: a UI schema element, or (kind `field`) a schema property. */
  keys: Keys;
  /** The field's schema pointer (controls and schema-only fields). */
  field?: string;
  fieldKind?: FieldKind;
  /** A layout's own label (Group, Category) or a Label's text. */
  label?: string;
  children?: LayoutItem[];
  /** Where the children live: a UI schema `elements` array, or a schema `properties` object. */
  childrenKeys?: Keys;
  childrenIn?: 'elements' | 'properties';
  /** The object schema pointer the children's scopes are relative to. */
  base?: string;
}

const KIND_OF_TYPE: Record<string, ItemKind> = {
  Control: 'control', Group: 'group', HorizontalLayout: 'row', VerticalLayout: 'column',
  Category: 'tab', Categorization: 'tabs', Label: 'label',
};

/** A control's field pointer: its scope, relative to `base` (a group's item schema inside a detail layout). */
export function scopeToField(scope: string, base: string): string {
  return `${base}${scope.replace(/^#/, '')}`;
}

/** The scope a field has in a layout whose scopes are relative to `base`. */
export function fieldToScope(field: string, base: string): string {
  return `#${field.slice(base.length)}`;
}

/** The outline of a form: its UI schema (or its schema's properties when it has none). */
export function layoutOf(form: JsonObject): LayoutItem {
  if (isObject(form.uischema)) return uiItem(form, form.uischema, ['uischema'], '');
  return { id: 'schema', kind: 'column', keys: ['schema'], ...schemaChildren(form, '') };
}

function schemaChildren(form: JsonObject, base: string): Pick<LayoutItem, 'children' | 'childrenKeys' | 'childrenIn' | 'base'> {
  const keys = ['schema', ...pointerKeys(base), 'properties'];
  const children = fieldsUnder(form, base).map((f): LayoutItem => {
    const item: LayoutItem = { id: `${keys.join('/')}/${f.key}`, kind: 'field', keys: [...keys, f.key], field: f.pointer, fieldKind: kindOf(f.schema) };
    return { ...item, ...fieldChildren(form, item, undefined) };
  });
  return { children, childrenKeys: keys, childrenIn: 'properties', base };
}

/** The nested fields of a group (its detail layout, else its items' properties) or of a nested object. */
function fieldChildren(form: JsonObject, item: LayoutItem, options: JsonValue | undefined): Partial<LayoutItem> {
  if (item.field === undefined) return {};
  if (item.fieldKind === 'object') return schemaChildren(form, item.field);
  if (item.fieldKind !== 'group') return {};
  const base = `${item.field}/items`;
  const detail = isObject(options) ? options.detail : undefined;
  if (isObject(detail) && Array.isArray(detail.elements)) {
    const inner = uiItem(form, detail, [...item.keys, 'options', 'detail'], base);
    return { children: inner.children, childrenKeys: inner.childrenKeys, childrenIn: 'elements', base };
  }
  return schemaChildren(form, base);
}

function uiItem(form: JsonObject, element: JsonObject, keys: Keys, base: string): LayoutItem {
  const type = typeof element.type === 'string' ? element.type : '';
  const kind = KIND_OF_TYPE[type] ?? 'other';
  const item: LayoutItem = { id: keys.join('/'), kind, keys };
  if (typeof element.label === 'string') item.label = element.label;
  if (kind === 'label' && typeof element.text === 'string') item.label = element.text;
  if (kind === 'control' && typeof element.scope === 'string') {
    item.field = scopeToField(element.scope, base);
    item.fieldKind = kindOf(schemaNode(form, item.field), element.options);
    return { ...item, ...fieldChildren(form, item, element.options) };
  }
  if (Array.isArray(element.elements)) {
    item.childrenKeys = [...keys, 'elements'];
    item.childrenIn = 'elements';
    item.base = base;
    item.children = element.elements.flatMap((child, i) =>
      isObject(child) ? [uiItem(form, child, [...keys, 'elements', i], base)] : []);
  }
  return item;
}

/** Every item of an outline, depth first. */
export function flatten(item: LayoutItem): LayoutItem[] {
  return [item, ...(item.children ?? []).flatMap(flatten)];
}

/** The item with this id, or undefined. */
export function findItem(root: LayoutItem, id: string): LayoutItem | undefined {
  return flatten(root).find((item) => item.id === id);
}

/** The item that holds the item with this id among its children. */
export function parentOf(root: LayoutItem, id: string): LayoutItem | undefined {
  return flatten(root).find((item) => item.children?.some((child) => child.id === id));
}

/** The first outline item that shows a field (its control, or its schema-only entry). */
export function itemOfField(root: LayoutItem, field: string): LayoutItem | undefined {
  return flatten(root).find((item) => item.field === field);
}

/**
 * The form with child `from` of `parent` moved to position `to`: in a UI schema the elements array is
 * reordered, in a schema the keys of `properties` (the only thing that orders a generated layout).
 */
export function moveChild(form: JsonObject, parent: LayoutItem, from: number, to: number): JsonObject {
  if (!parent.childrenKeys || from === to) return form;
  const container = getIn(form, parent.childrenKeys);
  if (Array.isArray(container)) {
    if (to < 0 || to >= container.length) return form;
    const next = [...container];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved as JsonValue);
    return setIn(form, parent.childrenKeys, next);
  }
  if (!isObject(container)) return form;
  const entries = Object.entries(container);
  if (to < 0 || to >= entries.length) return form;
  const [moved] = entries.splice(from, 1);
  entries.splice(to, 0, moved!);
  return setIn(form, parent.childrenKeys, Object.fromEntries(entries));
}

/** Fields a UI schema leaves out (JSON Forms does not show them): neither they nor a parent of theirs has a control. */
export function fieldsNotShown(form: JsonObject, root: LayoutItem): string[] {
  if (!isObject(form.uischema)) return [];
  const shown = flatten(root).flatMap((item) => (item.field !== undefined ? [item.field] : []));
  const missing = (base: string): string[] => fieldsUnder(form, base).flatMap((field) => {
    if (shown.some((s) => s === field.pointer || field.pointer.startsWith(`${s}/`))) return [];
    const inner = shown.filter((s) => s.startsWith(`${field.pointer}/`));
    if (inner.length === 0) return [field.pointer];
    return kindOf(field.schema) === 'object' ? missing(field.pointer) : [];
  });
  return missing('');
}
