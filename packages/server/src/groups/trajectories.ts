import type { Localized, TrajectoryDefinition } from '@koers/engine';
import type { Group } from '@koers/store';
import { stepRef } from '../trajectories/labels';
import type { TrajectoryDeps } from '../trajectories/service';

/**
 * What a group page shows of the trajectories that belong to the group itself (types with `"subject": "group"`
 * and `groupOf` this group's type): those there are, and the types one can be started of (the newest published
 * version of each). The page is for the group's leads and administrators, who may see and start all of them.
 */
export async function groupTrajectories(deps: TrajectoryDeps, group: Group) {
  const [rows, versions] = await Promise.all([
    deps.store.trajectories.list({ scope: { all: true }, schoolId: group.id, limit: 200 }),
    deps.registry.list(),
  ]);
  const trajectories = await Promise.all(rows.map(async (t) => {
    const def = await deps.registry.get(t.typeId, t.typeVersion);
    return {
      id: t.id, type: { id: t.typeId, version: t.typeVersion, title: def.definition.title }, label: t.label, status: t.status,
      steps: t.steps.map((s) => stepRef(def, s)),
    };
  }));
  const newest = new Map<string, TrajectoryDefinition>();
  for (const v of versions) {
    const def = v.definition as TrajectoryDefinition;
    if ((newest.get(v.typeId)?.version ?? 0) < v.version) newest.set(v.typeId, def);
  }
  const startTypes: Array<{ id: string; title: Localized; label: { title: Localized; required: boolean } | null }> = [];
  for (const def of newest.values()) {
    if (def.subject !== 'group' || def.groupOf !== group.typeId) continue;
    startTypes.push({ id: def.id, title: def.title, label: def.label ? { title: def.label.title, required: def.label.required === true } : null });
  }
  startTypes.sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl'));
  return { trajectories, startTypes: group.closedAt === null ? startTypes : [] };
}
