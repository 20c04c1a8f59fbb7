import { escapePointer, type CompiledDefinition, type DescribeContext, type JsonObject, type Lang, type Problem } from '@koers/engine';
import type { Bundle, EditorProps, StatePath } from '../model/bundle';
import type { Offer } from '../model/actions';
import { dateKeys } from '../model/condition-fields';
import { getIn, stateAt } from '../model/edit';

/** What every part of the transitions editor gets: the editor's props and the step it edits. */
export type StepEditing = EditorProps & { path: StatePath };

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The JSON pointer of the step at `path` in the definition file. */
export function stepPointer(path: StatePath): string {
  return `/machine${path.map((key) => `/states/${escapePointer(key)}`).join('')}`;
}

/** The definition's problems at `pointer` or below it. */
export function problemsUnder(problems: readonly Problem[], pointer: string): Problem[] {
  return problems.filter((p) => p.file === 'definition' && (p.pointer === pointer || p.pointer.startsWith(`${pointer}/`)));
}

/**
 * What the engine's describers read, taken from the bundle as it is now: they only look up the definition and
 * forms by id, so a bundle that does not compile yet (it has problems) is still described in words.
 */
export function describeContext(bundle: Bundle, lang: Lang, eventForm: string | undefined): DescribeContext {
  const forms = new Map(bundle.forms.map((form) => [String(form.id), { definition: form }]));
  const def = { definition: bundle.definition, forms } as unknown as CompiledDefinition;
  return { def, lang, eventForm };
}

/** The forms the step shows and refers to (`meta.forms`, `meta.reference`): a condition there most likely reads them. */
export function stepForms({ bundle, path }: StepEditing): string[] {
  const meta = getIn(stateAt(bundle, path), ['meta']);
  if (!isObject(meta)) return [];
  return [meta.forms, meta.reference].flatMap((list) => (Array.isArray(list) ? list.map(String) : []));
}

/** The names an object of the definition declares (`roles`, `counters`, …). */
export function declared(bundle: Bundle, key: string): string[] {
  const table = bundle.definition[key];
  return isObject(table) ? Object.keys(table) : [];
}

/** What the definition offers to guards and actions, for their pickers and first values. */
export function offerOf(bundle: Bundle, eventForm: string | undefined): Offer {
  return {
    counters: declared(bundle, 'counters'),
    budgets: declared(bundle, 'budgets'),
    forms: bundle.forms.map((form) => String(form.id)),
    variables: declared(bundle, 'variables'),
    roles: declared(bundle, 'roles'),
    dates: dateKeys(bundle.definition),
    eventForm,
  };
}

/** The title of an entry of a declared table (`roles`, `counters`, …) in `lang`, or its name. */
export function declaredTitle(bundle: Bundle, key: string, name: string, lang: Lang): string {
  const table = bundle.definition[key];
  const entry = isObject(table) ? table[name] : undefined;
  const title = isObject(entry) && isObject(entry.title) ? entry.title[lang] : undefined;
  return typeof title === 'string' && title ? title : name;
}
