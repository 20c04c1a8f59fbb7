import type { JsonObject, JsonValue } from '@koers/engine';
import { getIn, setIn } from './edit';
import { isObject } from './form-fields';
import { fieldToScope, scopeToField, type Keys } from './form-layout';

/*
 * "Toon dit veld als …": a JSON Forms `rule` on a UI schema element with effect SHOW or HIDE and a condition
 * on another field's value, `{ scope, schema: { const } }` (one value) or `{ scope, schema: { enum } }` (any of
 * several). Scopes inside a group's detail layout are relative to the item, as JSON Forms evaluates them.
 * Any other rule (ENABLE/DISABLE, other condition schemas) is shown as such and kept as it is.
 */

export interface ShowRule {
  effect: 'SHOW' | 'HIDE';
  /** The schema pointer of the field the condition looks at. */
  field: string;
  values: JsonValue[];
}

/** The element's rule as a show/hide rule, `undefined` when it has none, `'custom'` for a rule the builder does not model. */
export function readRule(form: JsonObject, element: Keys, base: string): ShowRule | 'custom' | undefined {
  const rule = getIn(form, [...element, 'rule']);
  if (rule === undefined) return undefined;
  if (!isObject(rule) || (rule.effect !== 'SHOW' && rule.effect !== 'HIDE')) return 'custom';
  const condition = rule.condition;
  if (!isObject(condition) || typeof condition.scope !== 'string' || !isObject(condition.schema)) return 'custom';
  if (Object.keys(condition).some((k) => k !== 'scope' && k !== 'schema')) return 'custom';
  const schema = condition.schema;
  const keys = Object.keys(schema);
  const field = scopeToField(condition.scope, base);
  if (keys.length === 1 && keys[0] === 'const') return { effect: rule.effect, field, values: [schema.const as JsonValue] };
  if (keys.length === 1 && keys[0] === 'enum' && Array.isArray(schema.enum)) return { effect: rule.effect, field, values: schema.enum };
  return 'custom';
}

/** The form with the element's rule set to `rule` (or removed); an unchanged rule is not rewritten. */
export function writeRule(form: JsonObject, element: Keys, base: string, rule: ShowRule | undefined): JsonObject {
  if (rule === undefined) return setIn(form, [...element, 'rule'], undefined);
  const current = readRule(form, element, base);
  if (current !== 'custom' && current !== undefined && JSON.stringify(current) === JSON.stringify(rule)) return form;
  const schema: JsonObject = rule.values.length === 1 ? { const: rule.values[0] as JsonValue } : { enum: rule.values };
  return setIn(form, [...element, 'rule'], {
    effect: rule.effect,
    condition: { scope: fieldToScope(rule.field, base), schema },
  });
}
