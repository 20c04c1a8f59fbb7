import { type RolePolicy, type TrajectoryDefinition, rolePolicyOf } from '@koers/engine';
import { newestVersions } from './published';
import type { TypeRegistry } from './registry';

/**
 * What the published types say their roles do (coach, invite, granted by administrators only), from the
 * newest version of each type. Read for each request that needs it, so a type another process publishes
 * counts at once.
 * @example (await rolePolicy(registry)).coaching.has('procesbegeleider') // true with the shipped types
 */
export async function rolePolicy(registry: Pick<TypeRegistry, 'list'>): Promise<RolePolicy> {
  return rolePolicyOf((await newestVersions(registry)).map((v) => v.definition as TrajectoryDefinition));
}
