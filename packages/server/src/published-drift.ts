import { isDeepStrictEqual } from 'node:util';
import type { Problem } from '@koers/engine';
import type { Store } from '@koers/store';
import type { Catalogue } from './catalogue';
import { bundleForms } from './registry';

/** A definition file whose id and version are published already, with a different definition or forms. */
export interface PublishedDrift {
  typeId: string;
  version: number;
  /** The file, as the catalogue names it (e.g. `workflows/pd-schoolontwikkeling.json`). */
  file: string;
  /** The version to give it instead: one past the newest published. */
  nextVersion: number;
}

const sameForms = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((form) => b.some((other) => isDeepStrictEqual(form, other)));

/**
 * The catalogue's definitions that differ (definition or any of its forms, key order aside) from the version
 * with the same id and number in the database. A published version is never replaced, so such an edit is
 * silently ignored unless someone says so: the server warns at start-up, `koers validate --against` fails.
 */
export async function publishedDrift(store: Store, catalogue: Catalogue): Promise<PublishedDrift[]> {
  const drift: PublishedDrift[] = [];
  for (const def of catalogue.definitions) {
    const { id, version } = def.definition;
    const published = await store.typeVersions.get(id, version);
    if (!published) continue;
    const forms = bundleForms(def).map((form) => form.definition);
    if (isDeepStrictEqual(published.definition, def.definition) && sameForms(published.forms, forms)) continue;
    const newest = (await store.typeVersions.get(id))?.version ?? version;
    drift.push({ typeId: id, version, file: def.file, nextVersion: newest + 1 });
  }
  return drift;
}

/** What is wrong and what to do, without the subject. */
function advice({ version, nextVersion }: PublishedDrift) {
  return {
    nl: `wijkt af van de gepubliceerde v${version}; geef het versie ${nextVersion}`,
    en: `differs from the published v${version}; give it version ${nextVersion}`,
  };
}

/** The drift as a linter problem at the definition's `/version`. */
export function driftProblem(drift: PublishedDrift): Problem {
  const subject = `${drift.typeId} v${drift.version}`;
  const { nl, en } = advice(drift);
  return { file: drift.file, pointer: '/version', code: 'published-version-differs', message: { nl: `${subject} ${nl}`, en: `${subject} ${en}` } };
}

/** The start-up warning, Dutch first: `pd v1 in workflows/ wijkt af van de gepubliceerde v1; … / differs from …`. */
export function driftWarning(drift: PublishedDrift): string {
  const folder = drift.file.slice(0, drift.file.lastIndexOf('/') + 1) || drift.file;
  const { nl, en } = advice(drift);
  return `Waarschuwing / warning: ${drift.typeId} v${drift.version} in ${folder} ${nl} / ${en}`;
}
