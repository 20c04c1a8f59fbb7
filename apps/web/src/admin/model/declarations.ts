import { ACTION_SPECS, GUARD_SPECS, ROLE_ID_PATTERN, type JsonObject, type JsonValue } from '@koers/engine';
import type { Bundle } from './bundle';
import { getIn, setIn } from './edit';
import { typeIdOf } from '../types/type-id';

/*
 * The type-level declarations the process refers to: roles, budgets, counters, variables and dates. Where each
 * is used (so it can be deleted only when unused, and a role renamed everywhere), adding one, renaming a role.
 */

/** The declaration tables of a definition, and the context key under which expressions read their values. */
export const DECLARATION_KINDS = {
  roles: { param: 'roles', context: undefined },
  budgets: { param: 'budget', context: 'budgets' },
  counters: { param: 'counter', context: 'counters' },
  variables: { param: 'variable', context: 'vars' },
  dates: { param: 'date', context: 'dates' },
} as const;

export type DeclarationKind = keyof typeof DECLARATION_KINDS;

/** Param kinds that name a list of declarations (`startPeriod`'s resets, `notify`'s roles). */
const LIST_PARAMS: Record<string, DeclarationKind> = { roles: 'roles', counters: 'counters', budgets: 'budgets' };

/** One use of a declaration: keys from the definition's root to the string (or array item) that names it. */
export type Use = (string | number)[];

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The keys of a declaration table, in order (`roles`, `budgets`…). */
export function declared(bundle: Bundle, kind: DeclarationKind): string[] {
  const table = bundle.definition[kind];
  return isObject(table) ? Object.keys(table) : [];
}

/** Whether `{ "var": "<context>.<name>…" }` in an expression names the declaration. */
function readsIt(expr: JsonValue, context: string, name: string, at: Use, uses: Use[]): void {
  if (Array.isArray(expr)) expr.forEach((item, i) => readsIt(item, context, name, [...at, i], uses));
  else if (isObject(expr)) {
    for (const [op, arg] of Object.entries(expr)) {
      const path = op === 'var' ? (Array.isArray(arg) ? arg[0] : arg) : undefined;
      if (typeof path === 'string' && (path === `${context}.${name}` || path.startsWith(`${context}.${name}.`))) uses.push([...at, op]);
      else readsIt(arg, context, name, [...at, op], uses);
    }
  }
}

/**
 * Every place in the machine that names the declaration: guard and action params (also lists, such as
 * `notify` roles), expressions reading it, and for a role each step's `meta.roles` and `meta.events.*.roles` and the
 * type's `groups` (lead roles, attendance roles).
 */
export function usesOf(bundle: Bundle, kind: DeclarationKind, name: string): Use[] {
  const uses: Use[] = [];
  const { param, context } = DECLARATION_KINDS[kind];
  const walk = (value: JsonValue, at: Use) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...at, i]));
    if (!isObject(value)) return;
    const spec = typeof value.type === 'string' && isObject(value.params) ? (GUARD_SPECS[value.type] ?? ACTION_SPECS[value.type]) : undefined;
    if (spec && isObject(value.params)) {
      for (const [key, p] of Object.entries(spec.params)) {
        const v = value.params[key];
        if (v === undefined) continue;
        if (p.kind === param && typeof v === 'string' && v === name) uses.push([...at, 'params', key]);
        if (LIST_PARAMS[p.kind] === kind && Array.isArray(v)) v.forEach((item, i) => item === name && uses.push([...at, 'params', key, i]));
        if (p.kind === 'expression' && context) readsIt(v, context, name, [...at, 'params', key], uses);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (kind === 'roles' && key === 'roles' && Array.isArray(child) && at.includes('meta')) child.forEach((r, i) => r === name && uses.push([...at, key, i]));
      else walk(child, [...at, key]);
    }
  };
  const machine = bundle.definition.machine;
  if (machine !== undefined) walk(machine, ['machine']);
  if (kind === 'roles') {
    for (const [at, list] of roleListsOutsideMachine(bundle.definition)) {
      if (Array.isArray(list)) list.forEach((r, i) => r === name && uses.push([...at, i]));
    }
  }
  return uses;
}

/** The role lists outside the machine: `formAccess` readers (of a form and of its fields), `groups` lead and attendance roles. */
function roleListsOutsideMachine(definition: JsonObject): Array<[Use, JsonValue | undefined]> {
  const lists: Array<[Use, JsonValue | undefined]> = [];
  const access = definition.formAccess;
  if (isObject(access)) {
    for (const [form, spec] of Object.entries(access)) {
      if (!isObject(spec)) continue;
      lists.push([['formAccess', form, 'read'], spec.read]);
      if (isObject(spec.fields)) for (const [field, list] of Object.entries(spec.fields)) lists.push([['formAccess', form, 'fields', field], list]);
    }
  }
  lists.push([['groups', 'leadRoles'], getIn(definition, ['groups', 'leadRoles'])]);
  const meetings = getIn(definition, ['groups', 'meetings']);
  if (isObject(meetings)) for (const kind of Object.keys(meetings)) lists.push([['groups', 'meetings', kind, 'attendance', 'roles'], getIn(meetings, [kind, 'attendance', 'roles'])]);
  return lists;
}

/** Adds a declaration with its first fields, last in its table (the table is created when missing). */
export function addDeclaration(bundle: Bundle, kind: DeclarationKind, name: string, value: JsonObject): Bundle {
  return { ...bundle, definition: setIn(bundle.definition, [kind, name], value) };
}

/** Removes a declaration; an emptied optional table goes too (`roles` stays). */
export function deleteDeclaration(bundle: Bundle, kind: DeclarationKind, name: string): Bundle {
  const next = setIn(bundle.definition, [kind, name], undefined);
  const empty = kind !== 'roles' && Object.keys((getIn(next, [kind]) ?? {}) as JsonObject).length === 0;
  return { ...bundle, definition: empty ? setIn(next, [kind], undefined) : next };
}

/** Why a role cannot get this id, or undefined when it can. */
export function roleIdProblem(bundle: Bundle, id: string, current?: string): { nl: string; en: string } | undefined {
  if (!new RegExp(ROLE_ID_PATTERN).test(id)) return { nl: 'Een rol-id is kleine letters, cijfers en -, begint met een letter, hoogstens 40 tekens.', en: 'A role id is lowercase letters, digits and -, starting with a letter, at most 40 characters.' };
  if (id !== current && declared(bundle, 'roles').includes(id)) return { nl: `De rol "${id}" bestaat al.`, en: `The role "${id}" already exists.` };
  return undefined;
}

/**
 * A role id made from the role's name, as the role id rule wants it: starts with a letter, at most 40 characters.
 * @example roleIdOf('Leescoördinator') // 'leescoordinator'
 */
export function roleIdOf(name: string): string {
  const id = typeIdOf(name);
  // A name that starts with a digit ('2e lezer') keeps it behind a prefix rather than losing it.
  return (id === '' || /^[a-z]/.test(id) ? id : `rol-${id}`).slice(0, 40).replace(/-+$/, '');
}

/** Renames a role in its place in `roles` and everywhere the process names it. */
export function renameRole(bundle: Bundle, from: string, to: string): Bundle {
  if (from === to || roleIdProblem(bundle, to, from)) return bundle;
  const roles = (bundle.definition.roles ?? {}) as JsonObject;
  let definition = setIn(bundle.definition, ['roles'], Object.fromEntries(Object.entries(roles).map(([k, v]) => [k === from ? to : k, v])));
  for (const use of usesOf(bundle, 'roles', from)) definition = setIn(definition, use, to);
  return { ...bundle, definition };
}
