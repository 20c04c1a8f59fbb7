import {
  and,
  isControl,
  optionIs,
  or,
  rankWith,
  schemaMatches,
  uiTypeIs,
  type JsonSchema,
  type RankedTester,
  type UISchemaElement,
} from '@jsonforms/core';

/** Above every vanilla renderer (their highest rank is 4), so ours win where both apply. */
const RANK = 10;

/** The kind of plain input a schema asks for, or undefined when another renderer should take it. */
export type FieldKind = 'text' | 'textarea' | 'date' | 'email' | 'url' | 'number' | 'integer' | 'boolean';

function typeOf(schema: JsonSchema | undefined): string | undefined {
  const type = schema?.type;
  return Array.isArray(type) ? (type.length === 1 ? type[0] : undefined) : type;
}

function isChoiceSchema(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  if (Array.isArray(schema.enum)) return true;
  return Array.isArray(schema.oneOf) && schema.oneOf.length > 0 && schema.oneOf.every((s) => s.const !== undefined);
}

/**
 * Which input a field gets: a text area for `options.multi`, the browser's date picker for `format: date`,
 * a number box for numbers, a checkbox for booleans.
 * @example fieldKind({ type: 'string', format: 'date' }) // 'date'
 */
export function fieldKind(schema: JsonSchema | undefined, options?: Record<string, unknown>): FieldKind | undefined {
  if (!schema || isChoiceSchema(schema)) return undefined;
  switch (typeOf(schema)) {
    case 'string':
      if (schema.format === 'date') return 'date';
      if (schema.format === 'email') return 'email';
      if (schema.format === 'uri' || schema.format === 'url') return 'url';
      if (schema.format !== undefined && schema.format !== 'textarea') return undefined;
      return options?.multi === true || schema.format === 'textarea' ? 'textarea' : 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return undefined;
  }
}

/**
 * Whether a field is a scale shown as a row of buttons: an integer from 1 to 10, or any integer range of at
 * most 11 steps that the UI schema marks with `options.slider`.
 */
export function isScaleSchema(schema: JsonSchema | undefined, options?: Record<string, unknown>): boolean {
  if (!schema || typeOf(schema) !== 'integer') return false;
  const { minimum: min, maximum: max } = schema;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isInteger(min) || !Number.isInteger(max)) return false;
  if (min === 1 && max === 10) return true;
  return options?.slider === true && max > min && max - min <= 10;
}

/** A list of choices where several may be picked: unique items from an enum or a oneOf of consts. */
export function isMultiChoiceSchema(schema: JsonSchema | undefined): boolean {
  if (!schema || typeOf(schema) !== 'array' || schema.uniqueItems !== true) return false;
  const items = schema.items;
  return !Array.isArray(items) && isChoiceSchema(items as JsonSchema | undefined);
}

/** A repeatable group: an array of objects, or of plain values that are not choices. */
export function isRepeatableSchema(schema: JsonSchema | undefined): boolean {
  if (!schema || typeOf(schema) !== 'array' || isMultiChoiceSchema(schema)) return false;
  const items = schema.items;
  if (!items || Array.isArray(items)) return false;
  const itemType = typeOf(items as JsonSchema);
  return itemType === 'object' || ((itemType === 'string' || itemType === 'number' || itemType === 'integer')
    && fieldKind(items as JsonSchema) !== undefined);
}

/** How to offer a single choice: radio buttons when the options fit at a glance, else a drop-down. */
export function choiceStyle(count: number, inRepeatedItem: boolean, format?: unknown): 'radio' | 'select' {
  if (format === 'radio') return 'radio';
  if (format === 'select' || format === 'dropdown') return 'select';
  return count <= (inRepeatedItem ? 3 : 5) ? 'radio' : 'select';
}

/** Whether a JSON Forms data path lies inside an array item (`deelnemers.0.rol`). */
export function isInRepeatedItem(path: string): boolean {
  return path.split('.').some((segment) => /^\d+$/.test(segment));
}

function options(uischema: UISchemaElement): Record<string, unknown> | undefined {
  return uischema.options as Record<string, unknown> | undefined;
}

const controlWith = (predicate: (schema: JsonSchema, uischema: UISchemaElement) => boolean): RankedTester =>
  rankWith(RANK, (uischema, schema, context) => {
    if (!isControl(uischema)) return false;
    return schemaMatches((resolved) => predicate(resolved, uischema))(uischema, schema, context);
  });

export const fieldTester = controlWith((schema, ui) => fieldKind(schema, options(ui)) !== undefined);
export const scaleTester = rankWith(RANK + 2, and(
  isControl,
  or(schemaMatches((s) => isScaleSchema(s)), and(optionIs('slider', true), schemaMatches((s) => isScaleSchema(s, { slider: true })))),
));
export const choiceTester = controlWith((schema) => Array.isArray(schema.enum));
export const oneOfChoiceTester = controlWith((schema) => !Array.isArray(schema.enum) && isChoiceSchema(schema));
export const multiChoiceTester = controlWith((schema) => isMultiChoiceSchema(schema));
export const repeatableTester = controlWith((schema) => isRepeatableSchema(schema));
export const categorizationTester = rankWith(RANK, and(uiTypeIs('Categorization'), (uischema) =>
  Array.isArray((uischema as { elements?: unknown }).elements) &&
  ((uischema as { elements: Array<{ type?: string }> }).elements).every((e) => e.type === 'Category')));
