import { join } from 'node:path';
import { bundleForms } from '@koers/server';
import type { Store } from '@koers/store';
import { loadCatalogue } from '../../apps/server/src/catalogue';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Publishes the shipped `typeId` under its own version number as it is in workflows/, or, with `edit`, changed
 * by it: the database then holds a version that the file in workflows/ no longer matches.
 */
export async function publishShipped(store: Store, typeId: string, edit: (definition: Record<string, unknown>) => unknown = (d) => d): Promise<void> {
  const def = loadCatalogue(ROOT).definitions.find((d) => d.definition.id === typeId)!;
  await store.typeVersions.publish({
    typeId, version: def.definition.version, at: new Date(),
    definition: edit(structuredClone(def.definition) as unknown as Record<string, unknown>),
    forms: bundleForms(def).map((form) => form.definition),
  });
}
