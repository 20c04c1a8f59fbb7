import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setIn } from './edit';
import { setRequired } from './form-field-edit';
import { i18nKeyOf, isObject, pointerKeys } from './form-fields';
import { flatten, layoutOf, parentOf, scopeToField, type Keys, type LayoutItem } from './form-layout';

/*
 * Removing a field takes everything that belongs to it: the schema property, its place in `required`, every
 * control that shows it (or something inside it), show-when rules that look at it, its English and Dutch texts,
 * and its answers in the examples.
 * Removing a section keeps its fields: they move up to where the section was.
 */

/** The data of `value` without the answers at a schema pointer (lists: in every item). */
function withoutAnswer(value: JsonValue | undefined, keys: readonly string[]): JsonValue | undefined {
  if (keys.length === 0 || value === undefined) return value;
  const [head, next, ...rest] = keys;
  if (head === 'items' && Array.isArray(value)) return value.map((item) => withoutAnswer(item, [next!, ...rest].filter((k) => k !== undefined)) ?? null);
  if (head === 'properties' && next !== undefined && isObject(value) && Object.hasOwn(value, next)) {
    if (rest.length === 0) return setIn(value, [next], undefined);
    return setIn(value, [next], withoutAnswer(value[next], rest) ?? null);
  }
  return value;
}

/** Removes the element at `keys` from its array. */
function removeAt(form: JsonObject, keys: Keys): JsonObject {
  return setIn(form, keys, undefined);
}

/** The form without the field at `pointer` and everything that belongs to it. */
export function removeField(form: JsonObject, pointer: string): JsonObject {
  let next = setRequired(form, pointer, false);
  // Controls deepest-last first, so earlier array indices stay valid while removing.
  const controls = flatten(layoutOf(next))
    .filter((item) => item.kind === 'control' && item.field !== undefined && (item.field === pointer || item.field.startsWith(`${pointer}/`)))
    .map((item) => item.keys)
    .reverse();
  for (const keys of controls) next = removeAt(next, keys);
  // A show-when rule on the removed field would point nowhere: the element it was on shows always again.
  const outline = layoutOf(next);
  for (const item of flatten(outline)) {
    const scope = getIn(next, [...item.keys, 'rule', 'condition', 'scope']);
    const field = typeof scope === 'string' ? scopeToField(scope, parentOf(outline, item.id)?.base ?? '') : undefined;
    if (field !== undefined && (field === pointer || field.startsWith(`${pointer}/`))) next = setIn(next, [...item.keys, 'rule'], undefined);
  }
  next = setIn(next, ['schema', ...pointerKeys(pointer)], undefined);
  const key = i18nKeyOf(pointer);
  for (const lang of ['en', 'nl'] as const) {
    const texts = getIn(next, ['i18n', lang]);
    if (!isObject(texts)) continue;
    for (const k of Object.keys(texts)) if (k === key || k.startsWith(`${key}.`)) next = setIn(next, ['i18n', lang, k], undefined);
  }
  const examples = next.examples;
  if (Array.isArray(examples)) {
    next = setIn(next, ['examples'], examples.map((example) => withoutAnswer(example, pointerKeys(pointer)) ?? {}));
  }
  return next;
}

/** The form without a layout element (Group, Category, row, Label); its children take its place. */
export function dissolveLayout(form: JsonObject, keys: Keys): JsonObject {
  const element = getIn(form, keys);
  const index = keys[keys.length - 1];
  const parentKeys = keys.slice(0, -1);
  const siblings = getIn(form, parentKeys);
  if (!isObject(element) || typeof index !== 'number' || !Array.isArray(siblings)) return form;
  const children = Array.isArray(element.elements) ? element.elements : [];
  const next = [...siblings];
  next.splice(index, 1, ...children);
  return setIn(form, parentKeys, next);
}

/**
 * The containers a UI element can move into: every section, tab, row or column of the same level (scopes
 * relative to the same object), except the one it is in and those inside itself. Tabs only move among tabs.
 */
export function moveTargets(root: LayoutItem, id: string): LayoutItem[] {
  const item = flatten(root).find((i) => i.id === id);
  const parent = parentOf(root, id);
  if (!item || !parent || item.keys[0] !== 'uischema') return [];
  return flatten(root).filter((c) => c.childrenIn === 'elements' && c.childrenKeys && c.kind !== 'control'
    && c.id !== parent.id && c.id !== id && !c.id.startsWith(`${id}/`) && (c.base ?? '') === (parent.base ?? '')
    && (item.kind === 'tab') === (c.kind === 'tabs'));
}

/** Moves the UI element at `keys` to the end of the elements array at `into` (e.g. into a group beside it). */
export function moveInto(form: JsonObject, keys: Keys, into: Keys): JsonObject {
  const element = getIn(form, keys);
  const target = getIn(form, into);
  if (element === undefined || !Array.isArray(target)) return form;
  // Add first, then remove: the target lies beside the element, so removing first could shift its index.
  const added = setIn(form, into, [...target, element]);
  return removeAt(added, keys);
}
