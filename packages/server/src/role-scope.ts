import { type TrajectoryDefinition, heldAtOf } from '@koers/engine';
import type { SchoolScope } from '@koers/store';
import type { Viewer } from './context';
import type { TypeRegistry } from './registry';

/** Per role, the published type versions that let it be held at the bestuur (`heldAt` with `bestuur`). */
export type BestuurReach = ReadonlyMap<string, ReadonlyArray<{ typeId: string; typeVersion: number }>>;

/**
 * Which type versions a role held at a bestuur reaches, over every published version (a running trajectory keeps
 * the version it started on, and each version says for itself where its roles may be held).
 * @example (await bestuurReach(registry)).get('bestuurder') // [{ typeId: 'voortgezet-leren', typeVersion: 3 }]
 */
export async function bestuurReach(registry: Pick<TypeRegistry, 'list'>): Promise<BestuurReach> {
  const reach = new Map<string, Array<{ typeId: string; typeVersion: number }>>();
  for (const version of await registry.list()) {
    const def = version.definition as TrajectoryDefinition;
    for (const role of Object.keys(def.roles)) {
      if (!heldAtOf(def, role).includes('bestuur')) continue;
      reach.set(role, [...(reach.get(role) ?? []), { typeId: version.typeId, typeVersion: version.version }]);
    }
  }
  return reach;
}

/**
 * The trajectories a viewer reaches, as a store query scope: all for an admin; else those of the schools where they
 * hold a membership, those a membership is narrowed to, and through a membership at a bestuur only the trajectories
 * (at the bestuur and its schools) of the type versions that let that role be held at the bestuur.
 */
export function scopeFor(viewer: Viewer, reach: BestuurReach): SchoolScope {
  if (viewer.isAdmin) return { all: true };
  const wide = viewer.memberships.filter((m) => m.trajectoryId === null);
  const atBestuur = wide.filter((m) => m.organisationKind === 'bestuur');
  const byBestuur = new Map<string, Map<string, { typeId: string; typeVersion: number }>>();
  for (const m of atBestuur) {
    const types = byBestuur.get(m.organisationId) ?? new Map();
    for (const v of reach.get(m.role) ?? []) types.set(`${v.typeId}@${v.typeVersion}`, v);
    byBestuur.set(m.organisationId, types);
  }
  return {
    userId: viewer.userId,
    organisationIds: wide.filter((m) => m.organisationKind !== 'bestuur').map((m) => m.organisationId),
    trajectoryIds: viewer.memberships.flatMap((m) => (m.trajectoryId === null ? [] : [m.trajectoryId])),
    bestuurTypes: [...byBestuur].map(([organisationId, types]) => ({ organisationId, types: [...types.values()] })),
  };
}
