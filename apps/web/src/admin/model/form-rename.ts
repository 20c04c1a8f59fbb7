import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setIn } from './edit';
import { fieldKey, i18nKeyOf, isObject, parentPointer, pointerKeys, schemaNode, toPointer } from './form-fields';
import { fieldToScope, flatten, layoutOf, parentOf, scopeToField } from './form-layout';

/*
 * Renaming a field's key renames everything in the form that names it: the schema property (in its place),
 * `required`, the scopes of controls and of show-when conditions, the English and Dutch texts, the options' i18n
 * keys, and the answers in the examples. The process refers to fields by key too; what it still names by the old
 * key shows up as a lint problem there.
 */

export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why the field cannot get `next` as its key, or undefined when it can. */
export function renameProblem(form: JsonObject, pointer: string, next: string): 'invalid' | 'taken' | 'in-schema-logic' | undefined {
  if (!KEY_PATTERN.test(next)) return 'invalid';
  const parent = schemaNode(form, parentPointer(pointer)) ?? {};
  if (next !== fieldKey(pointer) && isObject(parent.properties) && Object.hasOwn(parent.properties, next)) return 'taken';
  // A key named in if/then, allOf, contains, dependencies … of an enclosing schema would silently stop matching.
  const keys = pointerKeys(parentPointer(pointer));
  const nodes = [''];
  for (let i = 0; i < keys.length; i += keys[i] === 'properties' ? 2 : 1) nodes.push(toPointer(keys.slice(0, keys[i] === 'properties' ? i + 2 : i + 1)));
  for (const node of nodes) {
    const { properties: _p, items: _i, required: _r, title: _t, description: _d, ...logic } = schemaNode(form, node) ?? {};
    if (JSON.stringify(logic).includes(JSON.stringify(fieldKey(pointer)))) return 'in-schema-logic';
  }
  return undefined;
}

const renameKey = (object: JsonObject, from: string, to: string): JsonObject =>
  Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));

function renameI18nKeys(value: JsonValue, from: string, to: string): JsonValue {
  if (Array.isArray(value)) return value.map((v) => renameI18nKeys(v, from, to));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k,
    k === 'i18n' && typeof v === 'string' && v.startsWith(`${from}.`) ? `${to}${v.slice(from.length)}` : renameI18nKeys(v, from, to)]));
}

function renameAnswer(value: JsonValue | undefined, keys: readonly string[], to: string): JsonValue | undefined {
  if (!isObject(value) && !Array.isArray(value)) return value;
  const [head, name, ...rest] = keys;
  if (head === 'items' && Array.isArray(value)) return value.map((item) => renameAnswer(item, keys.slice(1), to) ?? null);
  if (head !== 'properties' || name === undefined || !isObject(value) || !Object.hasOwn(value, name)) return value;
  if (rest.length === 0) return renameKey(value, name, to);
  return setIn(value, [name], renameAnswer(value[name], rest, to) ?? null);
}

/** The form with the field at `pointer` renamed to `next` (check renameProblem first). */
export function renameField(form: JsonObject, pointer: string, next: string): JsonObject {
  const from = fieldKey(pointer);
  if (from === next) return form;
  const parent = parentPointer(pointer);
  const moved = `${parent}${toPointer(['properties', next])}`;
  const oldI18n = i18nKeyOf(pointer);
  const newI18n = i18nKeyOf(moved);
  const outline = layoutOf(form);
  let out = form;
  for (const item of flatten(outline)) {
    if (item.keys[0] !== 'uischema') continue;
    const base = parentOf(outline, item.id)?.base ?? '';
    const rename = (field: string) => (field === pointer || field.startsWith(`${pointer}/`) ? `${moved}${field.slice(pointer.length)}` : field);
    if (item.field !== undefined && rename(item.field) !== item.field) out = setIn(out, [...item.keys, 'scope'], fieldToScope(rename(item.field), base));
    const scope = getIn(out, [...item.keys, 'rule', 'condition', 'scope']);
    if (typeof scope === 'string') {
      const field = scopeToField(scope, base);
      if (rename(field) !== field) out = setIn(out, [...item.keys, 'rule', 'condition', 'scope'], fieldToScope(rename(field), base));
    }
    if (item.field !== undefined && `${item.field}/items` === parent && getIn(out, [...item.keys, 'options', 'elementLabelProp']) === from) {
      out = setIn(out, [...item.keys, 'options', 'elementLabelProp'], next);
    }
  }
  const node = schemaNode(out, pointer) ?? {};
  out = setIn(out, ['schema', ...pointerKeys(parent), 'properties'], renameKey(
    setIn(schemaNode(out, parent)?.properties as JsonObject, [from], renameI18nKeys(node, oldI18n, newI18n)), from, next));
  const required = getIn(out, ['schema', ...pointerKeys(parent), 'required']);
  if (Array.isArray(required) && required.includes(from)) {
    out = setIn(out, ['schema', ...pointerKeys(parent), 'required'], required.map((k) => (k === from ? next : k)));
  }
  for (const lang of ['en', 'nl']) {
    const texts = getIn(out, ['i18n', lang]);
    if (!isObject(texts)) continue;
    out = setIn(out, ['i18n', lang], Object.fromEntries(Object.entries(texts).map(([k, v]) =>
      [k === oldI18n || k.startsWith(`${oldI18n}.`) ? `${newI18n}${k.slice(oldI18n.length)}` : k, v])));
  }
  if (Array.isArray(out.examples)) out = setIn(out, ['examples'], out.examples.map((e) => renameAnswer(e, pointerKeys(pointer), next) ?? {}));
  return out;
}
