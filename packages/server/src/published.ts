import type { TypeVersionSummary } from '@koers/store';
import type { TypeRegistry } from './registry';

/**
 * The newest published version of every type (what a new trajectory starts on and what the lists show).
 * Read for each request that needs it, so a type another process publishes counts at once.
 * @example (await newestVersions(registry)).map((v) => v.typeId) // ['pd-schoolontwikkeling', …]
 */
export async function newestVersions(registry: Pick<TypeRegistry, 'list'>): Promise<TypeVersionSummary[]> {
  const newest = new Map<string, TypeVersionSummary>();
  for (const version of await registry.list()) {
    if ((newest.get(version.typeId)?.version ?? 0) < version.version) newest.set(version.typeId, version);
  }
  return [...newest.values()];
}
