import type { JsonObject, JsonValue, Localized } from '../format/types';
import { escapePointer, unescapePointer } from '../load/json';
import { changedParts, isObject, keyed, objectAt, sentence, titleOf, type BundleChange } from './diff-util';

/** Every field of a form schema by its pointer (`/properties/doelen/items/properties/doel`), with its dotted i18n key. */
function fields(schema: JsonValue | undefined, pointer = '', key = '', out = new Map<string, { node: JsonObject; key: string }>()) {
  const node = objectAt(schema);
  for (const [name, child] of Object.entries(objectAt(node.properties))) {
    if (!isObject(child)) continue;
    const at = `${pointer}/properties/${escapePointer(name)}`;
    const dotted = key ? `${key}.${name}` : name;
    out.set(at, { node: child, key: dotted });
    fields(child, at, dotted, out);
    if (isObject(child.items)) fields(child.items, `${at}/items`, dotted, out);
  }
  return out;
}

/** A field's name: its schema title (Dutch), its English label from the form's i18n when there is one. */
function fieldTitle(form: JsonObject, field: { node: JsonObject; key: string }): Localized {
  const nl = typeof field.node.title === 'string' ? field.node.title : field.key;
  const en = objectAt(objectAt(form.i18n).en)[`${field.key}.label`];
  return { nl, en: typeof en === 'string' && en ? en : nl };
}

/** Forms added, removed or changed (title, layout, translations, examples), and per form its fields. */
export function diffForms(a: readonly JsonObject[], b: readonly JsonObject[]): BundleChange[] {
  const byId = (forms: readonly JsonObject[]) => Object.fromEntries(forms.map((f, i) => [typeof f.id === 'string' ? f.id : `#${i}`, f])) as JsonObject;
  const changes: BundleChange[] = [];
  keyed(byId(a), byId(b), (id, before, after, change) => {
    const form = objectAt(after ?? before);
    const name = titleOf(form.title, id);
    if (change !== 'changed') {
      changes.push({ change, subject: 'form', form: id, parts: [], description: sentence('form', name, change, []) });
      return;
    }
    const old = objectAt(before);
    const parts = changedParts(old, form, [['title', ['title']], ['description', ['description']], ['layout', ['uischema']],
      ['translations', ['i18n']], ['examples', ['examples']], ['checks', ['rules']]], ['$schema', 'version', 'schema']);
    const fieldChanges = fieldDiff(id, name, old, form);
    if (parts.length > 0) changes.push({ change, subject: 'form', form: id, parts, description: sentence('form', name, change, parts) });
    changes.push(...fieldChanges);
  });
  return changes;
}

function fieldDiff(formId: string, formName: Localized, a: JsonObject, b: JsonObject): BundleChange[] {
  const before = fields(a.schema);
  const after = fields(b.schema);
  const asObject = (map: typeof before) => Object.fromEntries([...map].map(([k, v]) => [k, v.node])) as JsonObject;
  const changes: BundleChange[] = [];
  const requiredOf = (schema: JsonValue | undefined, pointer: string) => {
    // A field is required in its parent's `required` list.
    const parentPointer = pointer.replace(/\/properties\/[^/]+$/, '');
    const parent = parentPointer === '' ? objectAt(schema) : objectAt(fieldsParent(schema, parentPointer));
    const name = unescapePointer(pointer.split('/').at(-1)!);
    return Array.isArray(parent.required) && parent.required.includes(name);
  };
  keyed(asObject(before), asObject(after), (pointer, old, next, change) => {
    const field = (after.get(pointer) ?? before.get(pointer))!;
    const name = fieldTitle(change === 'removed' ? a : b, field);
    const parts = change === 'changed' ? changedParts(objectAt(old), objectAt(next), [
      ['title', ['title']], ['description', ['description']], ['fieldKind', ['type'], ['format']],
      ['choices', ['enum'], ['oneOf'], ['items', 'enum'], ['items', 'oneOf']],
    ], ['properties', 'items/properties', 'required', 'items/required']) : [];
    // Everything else a field says (min, max, pattern, …) is a limit or rule.
    const other = parts.indexOf('other');
    if (other >= 0) parts[other] = 'limits';
    changes.push({ change, subject: 'field', form: formId, field: pointer, parts, description: sentence('field', name, change, parts, ['inForm', formName]) });
  });
  // A field whose "required" changed, without any other change to it.
  for (const [pointer, field] of after) {
    if (!before.has(pointer) || requiredOf(a.schema, pointer) === requiredOf(b.schema, pointer)) continue;
    const existing = changes.find((c) => c.field === pointer);
    if (existing) {
      existing.parts.push('required');
      existing.description = sentence('field', fieldTitle(b, field), 'changed', existing.parts, ['inForm', formName]);
    } else {
      changes.push({ change: 'changed', subject: 'field', form: formId, field: pointer, parts: ['required'],
        description: sentence('field', fieldTitle(b, field), 'changed', ['required'], ['inForm', formName]) });
    }
  }
  return changes;
}

function fieldsParent(schema: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let node: JsonValue | undefined = schema;
  for (const segment of pointer.slice(1).split('/')) node = objectAt(node)[unescapePointer(segment)];
  return node;
}
