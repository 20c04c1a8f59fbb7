import type { Lang } from '@koers/engine';

/*
 * What the published format schema (packages/engine/schemas) says about a place in a file: which keys may go
 * in an object, which values a field allows, what it is. Pure and small on purpose: the JSON tab needs only
 * this much of JSON Schema (local $ref, properties, patternProperties, additionalProperties, items, the
 * combinators), where a general library would bring a markdown renderer and a syntax highlighter along.
 */

/** A JSON Schema node, as plain JSON. */
export type SchemaNode = { [key: string]: unknown };

const isNode = (value: unknown): value is SchemaNode => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A local reference (`#/definitions/state`) in `root`; undefined for anything else. */
function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) node = isNode(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isNode(node) ? node : undefined;
}

/** The concrete alternatives a schema stands for: refs followed, allOf/anyOf/oneOf/then/else flattened. */
export function expand(root: SchemaNode, schema: SchemaNode, seen = new Set<SchemaNode>()): SchemaNode[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out: SchemaNode[] = [schema];
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref);
    if (target) out.push(...expand(root, target, seen));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const item of list) if (isNode(item)) out.push(...expand(root, item, seen));
  }
  for (const key of ['then', 'else']) {
    const branch = schema[key];
    if (isNode(branch)) out.push(...expand(root, branch, seen));
  }
  return out;
}

/** The schemas of one member or item of the values `schemas` describe. */
function child(root: SchemaNode, schemas: SchemaNode[], segment: string): SchemaNode[] {
  const next: SchemaNode[] = [];
  for (const schema of schemas) {
    const properties = schema.properties;
    if (isNode(properties) && isNode(properties[segment])) {
      next.push(properties[segment]);
      continue;
    }
    const patterns = schema.patternProperties;
    const matched = isNode(patterns) ? Object.entries(patterns).filter(([p, s]) => isNode(s) && new RegExp(p, 'u').test(segment)) : [];
    if (matched.length) next.push(...matched.map(([, s]) => s as SchemaNode));
    else if (isNode(schema.additionalProperties)) next.push(schema.additionalProperties);
    const items = schema.items;
    if (/^\d+$/.test(segment)) {
      if (isNode(items)) next.push(items);
      else if (Array.isArray(items) && isNode(items[Number(segment)])) next.push(items[Number(segment)] as SchemaNode);
    }
  }
  return next.flatMap((s) => expand(root, s));
}

/**
 * Every schema that applies at a path of the document (alternatives included), outermost first.
 * @example schemasAt(definitionSchema, ['machine', 'states', 'intake', 'meta'])
 */
export function schemasAt(root: SchemaNode, path: readonly string[]): SchemaNode[] {
  let schemas = expand(root, root);
  for (const segment of path) {
    schemas = child(root, schemas, segment);
    if (!schemas.length) break;
  }
  return schemas;
}

/** A key an object may have: its name, whether it is required, and the schema's description of it. */
export interface KeyOption {
  key: string;
  required: boolean;
  description?: string;
}

/** The keys the schemas allow in an object (named `properties`), required ones first, minus those already there. */
export function keyOptions(root: SchemaNode, schemas: SchemaNode[], present: ReadonlySet<string>): KeyOption[] {
  const options = new Map<string, KeyOption>();
  const required = new Set(schemas.flatMap((s) => (Array.isArray(s.required) ? s.required.filter((r) => typeof r === 'string') : [])));
  for (const schema of schemas) {
    if (!isNode(schema.properties)) continue;
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (present.has(key) || options.has(key) || !isNode(sub)) continue;
      const description = describedAs(expand(root, sub));
      options.set(key, { key, required: required.has(key), ...(description ? { description } : {}) });
    }
  }
  return [...options.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** The values a field allows outright (`enum`, `const`, booleans), for value completion. */
export function valueOptions(schemas: SchemaNode[]): unknown[] {
  const values: unknown[] = [];
  const add = (value: unknown) => { if (!values.some((v) => JSON.stringify(v) === JSON.stringify(value))) values.push(value); };
  for (const schema of schemas) {
    if (Array.isArray(schema.enum)) schema.enum.forEach(add);
    if ('const' in schema) add(schema.const);
    if (schema.type === 'boolean') [true, false].forEach(add);
  }
  return values;
}

/** The first description among the schemas. */
function describedAs(schemas: SchemaNode[]): string | undefined {
  return schemas.map((s) => s.description).find((d): d is string => typeof d === 'string');
}

const TYPE_WORDS: Record<string, { nl: string; en: string }> = {
  object: { nl: 'object { }', en: 'object { }' },
  array: { nl: 'lijst [ ]', en: 'list [ ]' },
  string: { nl: 'tekst', en: 'text' },
  integer: { nl: 'geheel getal', en: 'whole number' },
  number: { nl: 'getal', en: 'number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  null: { nl: 'null', en: 'null' },
};

/** A short explanation of a place for the hover: description, expected kind(s), allowed values, required keys. */
export function describePlace(schemas: SchemaNode[], lang: Lang): string[] {
  const lines: string[] = [];
  const description = describedAs(schemas);
  // Bilingual descriptions are written "Dutch / English".
  if (description) lines.push(description.includes(' / ') ? description.split(' / ')[lang === 'nl' ? 0 : 1]! : description);
  const types = [...new Set(schemas.flatMap((s) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : [])).map(String))];
  if (types.length) lines.push(`${lang === 'nl' ? 'Soort waarde' : 'Kind of value'}: ${types.map((t) => TYPE_WORDS[t]?.[lang] ?? t).join(lang === 'nl' ? ' of ' : ' or ')}`);
  const values = valueOptions(schemas);
  if (values.length) lines.push(`${lang === 'nl' ? 'Toegestaan' : 'Allowed'}: ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  const required = [...new Set(schemas.flatMap((s) => (Array.isArray(s.required) ? s.required.map(String) : [])))];
  if (required.length) lines.push(`${lang === 'nl' ? 'Verplicht' : 'Required'}: ${required.join(', ')}`);
  const patterns = schemas.map((s) => s.pattern).filter((p): p is string => typeof p === 'string');
  if (patterns.length) lines.push(`${lang === 'nl' ? 'Patroon' : 'Pattern'}: ${patterns[0]}`);
  return lines;
}
