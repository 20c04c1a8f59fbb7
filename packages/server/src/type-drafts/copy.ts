import type { Localized } from '@koers/engine';
import { withKey } from './versioned';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * New ids for the forms of a type copied as `typeId`. Form ids are one namespace over all types (the catalogue's
 * `#/formulieren/:id`, one `forms/` folder, `duplicate-form` in `koers validate`), so a copy cannot keep them: the
 * part before the first `-` (the source's prefix, `pd` in `pd-intake`) becomes the new type id
 * (`kwaliteitsronde-intake`); an id without `-` gets the type id in front. A number is added while one is taken.
 */
export function renamedForms(formIds: readonly string[], typeId: string, taken: ReadonlySet<string>): Map<string, string> {
  const used = new Set(taken);
  const names = new Map<string, string>();
  for (const id of formIds) {
    const dash = id.indexOf('-');
    const base = `${typeId}-${dash < 0 ? id : id.slice(dash + 1)}`.slice(0, 96);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

/**
 * Rewrites every reference to a renamed form in a definition: `form` (events, guards, actions), the lists `forms`,
 * `reference` and `keepForms`, and JSON Logic reads `{ "var": "forms.<id>.…" }`. Step names, titles and other
 * text are left alone, whatever they contain.
 */
export function renameFormRefs(value: Json, names: ReadonlyMap<string, string>): Json {
  const rename = (id: Json) => (typeof id === 'string' ? names.get(id) ?? id : id);
  const renameVar = (path: Json) => {
    if (typeof path !== 'string') return path;
    const match = /^forms\.([^.]+)(\..*)?$/.exec(path);
    const to = match ? names.get(match[1]!) : undefined;
    return to === undefined ? path : `forms.${to}${match![2] ?? ''}`;
  };
  if (Array.isArray(value)) return value.map((v) => renameFormRefs(v, names));
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'form') out[key] = rename(v);
    else if ((key === 'forms' || key === 'reference' || key === 'keepForms') && Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = v.map(rename);
    else if (key === 'var') out[key] = Array.isArray(v) ? [renameVar(v[0]), ...v.slice(1).map((x) => renameFormRefs(x, names))] : renameVar(v);
    else out[key] = renameFormRefs(v, names);
  }
  return out;
}

/**
 * A published bundle copied as a new type: its id, title, version 1 (the machine keeps its id, which `#id.step` targets
 * may name), and its forms under new ids
 * (see renamedForms) with every reference to them rewritten. Key order is kept throughout.
 */
export function copyAsType(bundle: { definition: Json; forms: Json[] }, typeId: string, title: Localized | undefined, takenFormIds: ReadonlySet<string>) {
  const ids = bundle.forms.map((f) => (isObject(f) && typeof f.id === 'string' ? f.id : undefined)).filter((id): id is string => id !== undefined);
  const names = renamedForms(ids, typeId, takenFormIds);
  let definition = renameFormRefs(bundle.definition, names) as Record<string, Json>;
  definition = withKey(definition, 'id', typeId);
  definition = withKey(definition, 'version', 1);
  if (title) definition = withKey(definition, 'title', { nl: title.nl, en: title.en });
  const forms = bundle.forms.map((f) => (isObject(f) && typeof f.id === 'string' ? withKey(f, 'id', names.get(f.id)) : f));
  return { definition, forms };
}
