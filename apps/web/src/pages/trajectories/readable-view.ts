import type { JsonObject, JsonValue } from '@koers/engine';
import type { FormShape, TrajectoryView } from '../../api/trajectories';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schema path of a data pointer (`/doelen/*\/oordeel` -> properties/doelen/items/properties/oordeel). */
function schemaKeys(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).flatMap((k) => (k === '*' ? ['items'] : ['properties', k]));
}

/** A copy of `schema` without the property at `keys` (and out of its parent's `required`). */
function withoutProperty(schema: JsonValue, keys: readonly string[]): JsonValue {
  if (!isObject(schema) || keys.length < 2) return schema;
  const [head, next, ...rest] = keys as [string, string, ...string[]];
  if (head === 'items') return { ...schema, items: withoutProperty(schema.items ?? null, keys.slice(1)) };
  const properties = schema.properties;
  if (head !== 'properties' || !isObject(properties) || !Object.hasOwn(properties, next)) return schema;
  if (rest.length > 0) return { ...schema, properties: { ...properties, [next]: withoutProperty(properties[next]!, rest) } };
  const { [next]: _gone, ...kept } = properties;
  const required = Array.isArray(schema.required) ? schema.required.filter((r) => r !== next) : undefined;
  return { ...schema, properties: kept, ...(required ? { required } : {}) };
}

/** A copy of a UI schema without the controls whose scope ends at one of these schema paths. */
function withoutControls(ui: JsonValue, scopes: readonly string[]): JsonValue {
  if (Array.isArray(ui)) return ui.filter((e) => !(isObject(e) && e.type === 'Control' && typeof e.scope === 'string' && scopes.some((s) => e.scope === s || (e.scope as string).endsWith(s.slice(1))))).map((e) => withoutControls(e, scopes));
  if (!isObject(ui)) return ui;
  return Object.fromEntries(Object.entries(ui).map(([k, v]) => [k, withoutControls(v, scopes)]));
}

/**
 * A form's shape without the fields these roles may not read (the server already left their answers out): so the
 * page does not show "not filled in" where an answer is hidden. The note above the form names them.
 */
export function readableShape<S extends FormShape>(shape: S, roles: readonly string[]): S {
  const hidden = (shape.access?.fields ?? []).filter((f) => !f.read.some((r) => roles.includes(r.id))).map((f) => f.pointer);
  if (hidden.length === 0) return shape;
  const schema = hidden.reduce<JsonValue>((s, p) => withoutProperty(s, schemaKeys(p)), shape.schema) as JsonObject;
  const scopes = hidden.map((p) => `#/${schemaKeys(p).join('/')}`);
  return { ...shape, schema, ...(shape.uischema ? { uischema: withoutControls(shape.uischema, scopes) as JsonObject } : {}) };
}

/** A trajectory view whose forms and documents show only the fields the viewer's roles may read. */
export function readableView(view: TrajectoryView): TrajectoryView {
  const roles = view.roles.map((r) => r.id);
  return { ...view, forms: view.forms.map((f) => readableShape(f, roles)), documents: view.documents.map((d) => readableShape(d, roles)) };
}
