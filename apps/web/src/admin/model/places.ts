import { escapePointer, getAtPointer, pointerSegments, type JsonObject, type Problem } from '@koers/engine';
import type { Bundle, Selection } from './bundle';

/*
 * Where a lint problem is, as the editors' shared Selection: the problems panel selects it on a click, and the
 * tabs show the problem at the step, transition or field it is about.
 */

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const isIndex = (segment: string | undefined) => segment !== undefined && /^(0|[1-9][0-9]*)$/.test(segment);

/**
 * The place a problem points at: a step, a transition (an event of a step, an automatic choice, or the event's
 * description in `meta.events`), a form and field, or the type itself (roles, budgets, title, …).
 * @example selectionOfProblem({ file: 'definition', pointer: '/machine/states/intake/on/KLAAR', … }, bundle)
 *   // { kind: 'transition', path: ['intake'], event: 'KLAAR', index: 0 }
 */
export function selectionOfProblem(problem: Pick<Problem, 'file' | 'pointer'>, bundle: Bundle): Selection {
  const form = /^forms\/(\d+)$/.exec(problem.file);
  if (form) {
    const raw = bundle.forms[Number(form[1])];
    return raw ? formSelection(raw, pointerSegments(problem.pointer)) : { kind: 'type' };
  }
  const segments = pointerSegments(problem.pointer);
  if (segments[0] !== 'machine') return { kind: 'type' };
  return machineSelection(segments.slice(1));
}

/** Below `/machine`: `states/<key>` pairs make the step's path; what follows says whether a transition is meant. */
function machineSelection(segments: string[]): Selection {
  const path: string[] = [];
  let i = 0;
  while (segments[i] === 'states' && segments[i + 1] !== undefined) {
    path.push(segments[i + 1]!);
    i += 2;
  }
  const [key, name, index] = segments.slice(i);
  if (key === 'on' && name !== undefined) return { kind: 'transition', path, event: name, index: isIndex(index) ? Number(index) : 0 };
  if (key === 'always') return { kind: 'transition', path, event: '', index: isIndex(name) ? Number(name) : 0 };
  if (key === 'meta' && name === 'events' && index !== undefined) return { kind: 'transition', path, event: index, index: 0 };
  return { kind: 'step', path };
}

/** In a form: the field a problem is about, as a pointer into its `schema`, when one can be told. */
function formSelection(form: JsonObject, segments: string[]): Selection {
  const formId = typeof form.id === 'string' ? form.id : '';
  const field = fieldOf(form, segments);
  return field ? { kind: 'form', formId, field } : { kind: 'form', formId };
}

function fieldOf(form: JsonObject, segments: string[]): string | undefined {
  const [part, ...rest] = segments;
  if (part === 'schema') return schemaPrefix(rest);
  if (part === 'uischema') {
    // A layout element's problem: the field its `scope` names (`#/properties/naam`).
    for (let end = rest.length; end > 0; end--) {
      const element = getAtPointer(form.uischema, `/${rest.slice(0, end).join('/')}`);
      if (isObject(element) && typeof element.scope === 'string' && element.scope.startsWith('#/')) return element.scope.slice(1);
    }
    return undefined;
  }
  // `i18n/<lang>/<dotted.key>` names a field by its dotted path; `examples/<n>/<data path>` by its answer's path.
  if (part === 'i18n' && rest[1] !== undefined) return fieldOfDataPath(form.schema, rest[1].split('.'));
  if (part === 'examples' && rest.length > 1) return fieldOfDataPath(form.schema, rest.slice(1));
  return undefined;
}

/** The leading `properties/<name>` and `items` steps of a pointer inside a schema: the field it is in. */
function schemaPrefix(segments: string[]): string | undefined {
  const kept: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === 'properties' && segments[i + 1] !== undefined) kept.push('properties', segments[++i]!);
    else if (segments[i] === 'items' && segments[i + 1] === 'properties') kept.push('items');
    else break;
  }
  return kept.length > 0 ? `/${kept.map(escapePointer).join('/')}` : undefined;
}

/** A path through the answers (names and list indices) as the schema pointer of the deepest field it reaches. */
function fieldOfDataPath(schema: unknown, names: string[]): string | undefined {
  const kept: string[] = [];
  let node = schema;
  for (const name of names) {
    if (isObject(node) && isObject(node.items) && isIndex(name)) {
      kept.push('items');
      node = node.items;
      continue;
    }
    if (isObject(node) && isObject(node.items) && isObject(node.items.properties) && Object.hasOwn(node.items.properties, name)) {
      kept.push('items');
      node = node.items;
    }
    if (!isObject(node) || !isObject(node.properties) || !Object.hasOwn(node.properties, name)) break;
    kept.push('properties', name);
    node = node.properties[name];
  }
  while (kept.at(-1) === 'items') kept.pop();
  return kept.length > 0 ? `/${kept.map(escapePointer).join('/')}` : undefined;
}
