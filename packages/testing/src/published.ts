import { loadBundleOrThrow } from '@koers/engine';
import { bundleForms } from '@koers/server';
import type { Store } from '@koers/store';
import { readTree } from './tree';

/**
 * Publishes the shipped `typeId` under its own version number as it is in workflows/, or, with `edit`, changed
 * by it: the database then holds a version that the file in workflows/ no longer matches.
 */
export async function publishShipped(store: Store, typeId: string, edit: (definition: Record<string, unknown>) => unknown = (d) => d): Promise<void> {
  const def = loadBundleOrThrow(readTree('forms', 'workflows')).definitions.find((d) => d.definition.id === typeId)!;
  await store.typeVersions.publish({
    typeId, version: def.definition.version, at: new Date(),
    definition: edit(structuredClone(def.definition) as unknown as Record<string, unknown>),
    forms: bundleForms(def).map((form) => form.definition),
  });
}
