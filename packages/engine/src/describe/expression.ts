import type { FormDefinition, JsonValue } from '../format/types';
import { type Lang, textIn } from '../format/localize';
import { fieldLabel } from '../forms/fields';
import type { CompiledDefinition } from '../run/compile';
import { answerText, valueText } from './values';
import { describeWord as word } from './words';
import { durationText } from '../time/duration-words';

/** What a description needs: the definition for names, the language, and the form the event carries. */
export interface DescribeContext {
  def: CompiledDefinition;
  lang: Lang;
  /** The form of the event the guard belongs to: `event.<field>` and form-less answers read from it. */
  eventForm?: string | undefined;
  /** Inside `some`/`all`/`none` over a list field: item fields are read relative to it. */
  items?: FieldRef | undefined;
}

/** A field of a form, by data pointer (`/werkgroep/*\/rol`). */
interface FieldRef {
  form: FormDefinition | undefined;
  pointer: string;
}

/** The form field a `var` path reads, when it reads one. */
function fieldOf(path: string, ctx: DescribeContext): FieldRef | undefined {
  const [head, name, ...rest] = path.split('.');
  if (head === 'forms' && name && rest.length > 0) return { form: ctx.def.forms.get(name)?.definition, pointer: `/${rest.join('/')}` };
  if (head === 'event' && name) {
    return { form: ctx.eventForm ? ctx.def.forms.get(ctx.eventForm)?.definition : undefined, pointer: `/${[name, ...rest].join('/')}` };
  }
  if (ctx.items && head && !KNOWN_ROOTS.has(head)) return { form: ctx.items.form, pointer: `${ctx.items.pointer}/${path.split('.').join('/')}` };
  return undefined;
}

const KNOWN_ROOTS = new Set(['forms', 'event', 'counters', 'vars', 'budgets', 'period', 'now', 'dates', 'periods', 'startedAt']);

function varPath(e: JsonValue | undefined): string | undefined {
  if (e === null || typeof e !== 'object' || Array.isArray(e) || !('var' in e)) return undefined;
  const v = (e as { var: JsonValue }).var;
  const path = Array.isArray(v) ? v[0] : v;
  return typeof path === 'string' ? path : undefined;
}

const COMPARE: Record<string, { nl: string; en: string }> = {
  '==': { nl: 'is', en: 'is' },
  '===': { nl: 'is', en: 'is' },
  '!=': { nl: 'is niet', en: 'is not' },
  '!==': { nl: 'is niet', en: 'is not' },
  '>': { nl: 'is meer dan', en: 'is more than' },
  '>=': { nl: 'is minstens', en: 'is at least' },
  '<': { nl: 'is minder dan', en: 'is less than' },
  '<=': { nl: 'is hoogstens', en: 'is at most' },
};

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

/** The name a reader knows for a `var` path: a field label, counter, budget or variable title. */
export function variableLabel(path: string, ctx: DescribeContext): string {
  const { def, lang } = ctx;
  const [head, name, ...rest] = path.split('.');
  const d = def.definition;
  const field = fieldOf(path, ctx);
  if (field) return fieldLabel(field.form, field.pointer, lang);
  if (head === 'forms' && name) return textIn(def.forms.get(name)?.definition.title, lang) || name;
  if (head === 'counters' && name) return textIn(d.counters?.[name]?.title, lang) || name;
  if (head === 'vars' && name) return textIn(d.variables?.[name]?.title, lang) || name;
  if (head === 'budgets' && name) {
    const title = textIn(d.budgets?.[name]?.title, lang) || name;
    if (rest[0] === 'limit') return lang === 'nl' ? `limiet ${title}` : `${title} limit`;
    return lang === 'nl' ? `${title} gebruikt` : `${title} used`;
  }
  if (head === 'period' && name === undefined) return lang === 'nl' ? 'periode' : 'period';
  if (head === 'now' && name === undefined) return lang === 'nl' ? 'nu' : 'now';
  if (head === 'dates' && name) return lang === 'nl' ? `datum ${name}` : `date ${name}`;
  return path;
}

/**
 * A JSON Logic expression in words, for the closed operator set the engine allows.
 * @example describeExpression({ '>=': [{ var: 'counters.rondes' }, 2] }, ctx) // 'Rondes is minstens 2'
 */
export function describeExpression(expr: JsonValue, ctx: DescribeContext): string {
  const { lang } = ctx;
  if (expr === null || typeof expr !== 'object' || Array.isArray(expr)) {
    return Array.isArray(expr) ? expr.map((e) => describeExpression(e, ctx)).join(', ') : valueText(expr, lang);
  }
  const entries = Object.entries(expr);
  if (entries.length !== 1) return JSON.stringify(expr);
  const [op, raw] = entries[0]!;
  const args = Array.isArray(raw) ? raw : [raw];
  const sub = (e: JsonValue | undefined) => describeExpression(e ?? null, ctx);
  // A nested and/or gets brackets, so "A en (B of C)" keeps its meaning.
  const part = (e: JsonValue | undefined) => {
    const text = sub(e);
    return e && typeof e === 'object' && !Array.isArray(e) && ('and' in e || 'or' in e) ? `(${text})` : text;
  };
  // A literal compared with a form field reads as that field's option title ("is Met het hele team").
  const answer = (e: JsonValue | undefined, other: JsonValue | undefined) => {
    const path = varPath(other);
    const field = path ? fieldOf(path, ctx) : undefined;
    return field && (e === null || typeof e !== 'object') ? answerText(field.form, field.pointer, e, lang) : sub(e);
  };
  const compare = COMPARE[op];
  if (compare) {
    if (args.length === 3) return `${sub(args[0])} ≤ ${sub(args[1])} ≤ ${sub(args[2])}`;
    return `${answer(args[0], args[1])} ${compare[lang]} ${answer(args[1], args[0])}`;
  }
  switch (op) {
    case 'var': {
      const path = typeof args[0] === 'string' ? args[0] : String(args[0] ?? '');
      return variableLabel(path, ctx);
    }
    case 'and':
    case 'or':
      return args.map(part).join(` ${word(op, lang)} `);
    case '!':
      return isVar(args[0]) ? `${sub(args[0])} ${lang === 'nl' ? 'is leeg' : 'is empty'}` : `${lang === 'nl' ? 'niet' : 'not'} (${sub(args[0])})`;
    case '!!':
      return `${sub(args[0])} ${lang === 'nl' ? 'is ingevuld' : 'is filled in'}`;
    case 'missing':
      return `${args.map(sub).join(` ${word('or', lang)} `)} ${lang === 'nl' ? 'ontbreekt' : 'is missing'}`;
    case 'missing_some':
      return lang === 'nl' ? `te weinig ingevuld van ${sub(args[1])}` : `too few filled in of ${sub(args[1])}`;
    case 'in':
      return Array.isArray(args[1])
        ? `${sub(args[0])} ${lang === 'nl' ? 'is een van' : 'is one of'} ${args[1].map((v) => answer(v, args[0])).join(', ')}`
        : `${sub(args[0])} ${lang === 'nl' ? 'komt voor in' : 'occurs in'} ${sub(args[1])}`;
    case 'if':
    case '?:': {
      const [cond, then, otherwise] = args;
      return lang === 'nl' ? `als ${sub(cond)} dan ${sub(then)} anders ${sub(otherwise)}` : `if ${sub(cond)} then ${sub(then)} else ${sub(otherwise)}`;
    }
    case 'some':
    case 'all':
    case 'none': {
      const quantifier = { some: { nl: 'minstens één van', en: 'at least one of' }, all: { nl: 'elk van', en: 'every one of' }, none: { nl: 'geen van', en: 'none of' } }[op];
      const list = varPath(args[0]);
      const field = list ? fieldOf(list, ctx) : undefined;
      const inner = field ? { ...ctx, items: { form: field.form, pointer: `${field.pointer}/*` } } : ctx;
      return `${quantifier[lang]} ${sub(args[0])}: ${describeExpression(args[1] ?? null, inner)}`;
    }
    case 'length':
      return `${lang === 'nl' ? 'aantal' : 'number of'} ${sub(args[0])}`;
    case 'date':
      return sub(args[0]);
    case 'addDuration': {
      const [from, duration] = args;
      const back = typeof duration === 'string' && duration.startsWith('-');
      const words = typeof duration === 'string' ? durationText(back ? duration.slice(1) : duration, lang) : sub(duration);
      return `${sub(from)} ${back ? '−' : '+'} ${words}`;
    }
    case 'daysBetween':
      return lang === 'nl' ? `dagen van ${sub(args[0])} tot ${sub(args[1])}` : `days from ${sub(args[0])} to ${sub(args[1])}`;
    case 'schoolYear':
      return `${lang === 'nl' ? 'schooljaar van' : 'school year of'} ${sub(args[0])}`;
    default:
      if (ARITHMETIC.has(op)) return args.length === 1 ? `${op}${sub(args[0])}` : `(${args.map(sub).join(` ${op} `)})`;
      return `${op}(${args.map(sub).join(', ')})`;
  }
}

function isVar(e: JsonValue | undefined): boolean {
  return e !== null && typeof e === 'object' && !Array.isArray(e) && 'var' in e;
}
