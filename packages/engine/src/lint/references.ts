import type { JsonValue, Ref, StateConfig, TrajectoryDefinition } from '../format/types';
import { checkExpression } from '../expr/logic';
import { schemaAt } from '../forms/fields';
import { escapePointer } from '../load/json';
import { ACTION_SPECS, GUARD_SPECS, type ParamKind } from '../vocab/params';
import type { LintContext } from './definition';

export interface RefContext {
  def: TrajectoryDefinition;
  ctx: LintContext;
  /** The form of the event this transition handles, for fields that read this event's data. */
  form: string | undefined;
  report: (pointer: string, code: string, nl: string, en: string) => void;
}

/** Checks one guard or action reference: known name, required params present, every name it uses declared. */
export function checkReference(kind: 'guard' | 'action', ref: Ref, pointer: string, rc: RefContext): void {
  const specs = kind === 'guard' ? GUARD_SPECS : ACTION_SPECS;
  const type = typeof ref === 'string' ? ref : ref.type;
  const params = (typeof ref === 'string' ? {} : (ref.params ?? {})) as Record<string, JsonValue>;
  const typePointer = typeof ref === 'string' ? pointer : `${pointer}/type`;
  const spec = Object.hasOwn(specs, type) ? specs[type] : undefined;
  if (!spec) {
    const known = Object.keys(specs).join(', ');
    rc.report(typePointer, `unknown-${kind}`,
      `onbekende ${kind === 'guard' ? 'guard' : 'actie'} "${type}" (kies uit: ${known})`,
      `unknown ${kind} "${type}" (choose from: ${known})`);
    return;
  }
  const at = (name: string) => `${pointer}/params/${escapePointer(name)}`;
  for (const name of Object.keys(params)) {
    if (!Object.hasOwn(spec.params, name)) {
      rc.report(at(name), 'unknown-param', `onbekende parameter "${name}" voor "${type}"`, `unknown parameter "${name}" for "${type}"`);
    }
  }
  for (const [name, param] of Object.entries(spec.params)) {
    if (param.required && params[name] === undefined) {
      rc.report(typeof ref === 'string' ? pointer : `${pointer}/params`, 'missing-param',
        `"${type}" mist parameter "${name}"`, `"${type}" is missing parameter "${name}"`);
    }
  }
  for (const group of spec.oneOf ?? []) {
    const given = group.filter((name) => params[name] !== undefined);
    if (given.length !== 1) {
      rc.report(`${pointer}/params`, 'param-choice', `"${type}" heeft precies één van: ${group.join(', ')}`,
        `"${type}" takes exactly one of: ${group.join(', ')}`);
    }
  }
  const formOf = typeof params.form === 'string' ? params.form : rc.form;
  for (const [name, value] of Object.entries(params)) {
    const param = spec.params[name];
    if (param && value !== undefined) checkParam(param.kind, value, at(name), formOf, rc);
  }
}

function checkParam(kind: ParamKind, value: JsonValue, pointer: string, form: string | undefined, rc: RefContext): void {
  const { def, ctx, report } = rc;
  const wrong = (nl: string, en: string) => report(pointer, 'bad-param', nl, en);
  const declared = (what: 'counters' | 'budgets' | 'variables', name: string, p: string) => {
    const table = def[what] ?? {};
    const label = { counters: ['teller', 'counter'], budgets: ['budget', 'budget'], variables: ['variabele', 'variable'] }[what];
    if (!Object.hasOwn(table, name)) {
      report(p, `unknown-${label[1]}`, `${label[0]} "${name}" is niet gedeclareerd in "${what}"`,
        `${label[1]} "${name}" is not declared in "${what}"`);
    }
  };
  const names = (p: string, each: (name: string, p: string) => void) => {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return wrong('verwacht een lijst van namen', 'expected a list of names');
    value.forEach((v, i) => each(v as string, `${p}/${i}`));
  };
  switch (kind) {
    case 'counter': case 'budget': case 'variable':
      if (typeof value !== 'string') return wrong('verwacht een naam', 'expected a name');
      return declared(kind === 'counter' ? 'counters' : kind === 'budget' ? 'budgets' : 'variables', value, pointer);
    case 'counters': return names(pointer, (n, p) => declared('counters', n, p));
    case 'budgets': return names(pointer, (n, p) => declared('budgets', n, p));
    case 'forms': return names(pointer, (n, p) => checkForm(ctx, n, p, report));
    case 'roles': return names(pointer, (n, p) => {
      if (!Object.hasOwn(def.roles, n)) report(p, 'unknown-role', `rol "${n}" is niet gedeclareerd in "roles"`, `role "${n}" is not declared in "roles"`);
    });
    case 'form':
      if (typeof value !== 'string') return wrong('verwacht een formulier-id', 'expected a form id');
      return checkForm(ctx, value, pointer, report);
    case 'field': {
      if (typeof value !== 'string') return wrong('verwacht een JSON-pointer', 'expected a JSON pointer');
      if (!form) return wrong(`veld "${value}" maar deze overgang draagt geen formulier (geef "form")`,
        `field "${value}" but this transition carries no form (give "form")`);
      const compiled = ctx.forms.get(form);
      if (compiled && !schemaAt(compiled.definition.schema, value)) {
        report(pointer, 'unknown-field', `veld "${value}" staat niet in formulier "${form}"`, `field "${value}" is not in form "${form}"`);
      }
      return;
    }
    case 'expression':
      for (const problem of checkExpression(value)) report(`${pointer}${problem.pointer}`, 'bad-expression', problem.message.nl, problem.message.en);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) wrong('verwacht een getal', 'expected a number');
      return;
    case 'string':
      if (typeof value !== 'string' || value.length === 0) wrong('verwacht een tekst', 'expected a text');
      return;
    case 'date':
      if (typeof value !== 'string' || value.length === 0) return wrong('verwacht een naam', 'expected a name');
      // A type that names its dates (`dates`) names every one it records, so each has a title on screen.
      if (def.dates && !Object.hasOwn(def.dates, value)) {
        report(pointer, 'unknown-date', `datum "${value}" staat niet in "dates"`, `date "${value}" is not declared in "dates"`);
      }
      return;
    case 'signoff':
      if (typeof value !== 'string' || value.length === 0) return wrong('verwacht een sleutel', 'expected a key');
      if (!signoffKeys(def).has(value)) {
        report(pointer, 'unknown-signoff', `ondertekening "${value}" staat in geen enkele stap in meta.signoff`,
          `sign-off "${value}" is declared in no step's meta.signoff`);
      }
      return;
    case 'localized':
      if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof value.nl !== 'string' || typeof value.en !== 'string') {
        wrong('verwacht { "nl": …, "en": … }', 'expected { "nl": …, "en": … }');
      }
      return;
    case 'json':
      return;
  }
}

/** Every key some step declares in `meta.signoff`. */
function signoffKeys(def: TrajectoryDefinition): Set<string> {
  const keys = new Set<string>();
  const walk = (states: Record<string, StateConfig> | undefined) => {
    for (const state of Object.values(states ?? {})) {
      for (const key of Object.keys(state.meta?.signoff ?? {})) keys.add(key);
      walk(state.states);
    }
  };
  walk(def.machine.states);
  return keys;
}

/** A reference to a form: it must exist, and a refused one is called refused, not missing. */
export function checkForm(ctx: LintContext, form: string, pointer: string, report: (pointer: string, code: string, nl: string, en: string) => void): void {
  if (ctx.forms.has(form)) return;
  const file = ctx.refused?.get(form);
  if (file !== undefined) {
    report(pointer, 'refused-form', `formulier "${form}" is afgekeurd, zie de problemen in ${file}`,
      `form "${form}" was refused, see the problems in ${file}`);
  } else {
    report(pointer, 'unknown-form', `formulier "${form}" bestaat niet`, `form "${form}" does not exist`);
  }
}
