import { escapePointer, getAtPointer } from '../load/json';
import { NAMED } from '../forms/schema-words';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/** The meta-schema forms are written in; `$schema` may name it or be left out. */
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

/**
 * Checks what a form's JSON Schema points to outside itself: `$schema` must be draft-07 (Ajv knows no
 * other, and would stop with "no schema with key or ref"), and every `$ref` must be a `#/…` pointer into
 * the same schema that exists. A form is one self-contained file: nothing is fetched from a URL or disk.
 */
export function checkSchemaRefs(schema: unknown, report: Report): void {
  const meta = (schema as { $schema?: unknown } | null)?.$schema;
  if (meta !== undefined && !(typeof meta === 'string' && DRAFT_07.test(meta))) {
    report('/schema/$schema', 'unsupported-meta-schema',
      `onbekende $schema ${JSON.stringify(meta)}: formulieren gebruiken JSON Schema draft-07 ("http://json-schema.org/draft-07/schema#") of laten $schema weg`,
      `unknown $schema ${JSON.stringify(meta)}: forms use JSON Schema draft-07 ("http://json-schema.org/draft-07/schema#") or leave $schema out`);
  }
  walk(schema, '', false, (ref, pointer) => {
    if (!ref.startsWith('#')) {
      report(`/schema${pointer}`, 'external-ref',
        `$ref "${ref}" wijst buiten dit formulier; een formulier staat op zichzelf: verwijs met "#/definitions/…" binnen het schema`,
        `$ref "${ref}" points outside this form; a form stands alone: refer with "#/definitions/…" inside the schema`);
    } else if (getAtPointer(schema, decodeURI(ref.slice(1))) === undefined) {
      report(`/schema${pointer}`, 'unknown-ref', `$ref "${ref}" bestaat niet in het schema`, `$ref "${ref}" does not exist in the schema`);
    }
  });
}

/** Keywords whose values are data, not schemas: a `$ref` in there is just text. */
const DATA = new Set(['const', 'enum', 'default', 'examples']);

function walk(value: unknown, pointer: string, names: boolean, visit: (ref: string, pointer: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  const isArray = Array.isArray(value);
  for (const [key, child] of Object.entries(value)) {
    if (!isArray && !names && DATA.has(key)) continue;
    const at = `${pointer}/${escapePointer(key)}`;
    if (!isArray && !names && key === '$ref' && typeof child === 'string') visit(child, at);
    walk(child, at, !names && !isArray && NAMED.has(key), visit);
  }
}
