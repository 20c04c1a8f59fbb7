import type { CompiledDefinition, CompiledForm } from '@koers/engine';
import { NotFound } from './errors';

/** The trajectory types the server knows, each id with its versions. */
export interface Catalogue {
  definitions: readonly CompiledDefinition[];
  forms: ReadonlyMap<string, CompiledForm>;
}

/** The newest version of a type, or a given version; NotFound otherwise. */
export function findDefinition(catalogue: Catalogue, id: string, version?: number): CompiledDefinition {
  const matches = catalogue.definitions
    .filter((d) => d.definition.id === id && (version === undefined || d.definition.version === version))
    .sort((a, b) => b.definition.version - a.definition.version);
  const found = matches[0];
  if (!found) {
    const which = version === undefined ? id : `${id} versie ${version}`;
    throw new NotFound({ nl: `Trajectsoort "${which}" bestaat niet.`, en: `Trajectory type "${which}" does not exist.` }, '/id');
  }
  return found;
}

/** One line per type: the newest version of each id, sorted by Dutch title. */
export function listTypes(catalogue: Catalogue): CompiledDefinition[] {
  const newest = new Map<string, CompiledDefinition>();
  for (const d of catalogue.definitions) {
    const known = newest.get(d.definition.id);
    if (!known || known.definition.version < d.definition.version) newest.set(d.definition.id, d);
  }
  return [...newest.values()].sort((a, b) => a.definition.title.nl.localeCompare(b.definition.title.nl, 'nl'));
}

/** The forms a definition shows, in the order its steps name them. */
export function formsOf(def: CompiledDefinition): CompiledForm[] {
  const ids = new Set([...def.index.states.values()].flatMap((s) => s.config.meta?.forms ?? []));
  return [...ids].map((id) => def.forms.get(id)).filter((f): f is CompiledForm => f !== undefined);
}
