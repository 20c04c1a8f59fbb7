import type { TypeRegistry } from '../registry';
import { type CompiledDefinition, type Facts, type Localized, type SystemWait, type WaitingNow, waitingNow } from '@koers/engine';
import type { Candidate, Store } from '@koers/store';
import { type Place, placeOf } from '../access';
import { recipientsOf } from '../notify/recipients';
import { factsForList } from './facts';
import { roleRef } from './labels';
import { snapshotOf } from './state';

/** A listed trajectory: enough of it to tell who can act now, with its facts when the caller read them already. */
export interface ListedTrajectory {
  id: string;
  school: { id: string; name: string; parentId: string | null };
  subject: 'school' | 'bestuur' | 'group';
  label: string | null;
  snapshot: unknown;
  def: CompiledDefinition;
  facts?: Facts;
}

/** A listed trajectory with who can act in it now (`waitingNow`). */
interface WaitingRow extends ListedTrajectory {
  waiting: WaitingNow;
}

/** The API's `waitingFor` of a trajectory: who can act now, each role with the people who hold it there. */
export interface WaitingForView {
  roles: Array<{ id: string; title: Localized; people: Array<{ id: string; name: string }> }>;
  system: SystemWait[];
}

/**
 * Who can act now in each listed trajectory (`waits`, per step too) and as the API shows it (`view`, with people):
 * see `waitingNow` and `waitingForMany`.
 */
export async function waitingOfList(
  deps: { store: Store; registry: TypeRegistry }, list: readonly ListedTrajectory[], now: Date,
): Promise<Map<string, { waits: WaitingNow; view: WaitingForView }>> {
  const read = await factsForList(deps, list.filter((t) => t.facts === undefined).map((t) => ({ def: t.def, t })));
  const rows = list.map((t): WaitingRow => ({ ...t, waiting: waitingNow(t.def, snapshotOf(t.def, t), now, t.facts ?? read.get(t.id)) }));
  const views = await waitingForMany(deps.store, rows);
  return new Map(rows.map((r) => [r.id, { waits: r.waiting, view: views.get(r.id)! }]));
}

/**
 * Who can act now in each listed trajectory, with the active people holding each role there (by the same rules
 * as access and notifications: `rolesAt` and `canSeeTrajectory`). The holders of every listed school and bestuur
 * are read in one query, however long the list.
 */
async function waitingForMany(store: Pick<Store, 'notifications'>, rows: readonly WaitingRow[]): Promise<Map<string, WaitingForView>> {
  const orgs = new Set(rows.flatMap((r) => (r.school.parentId ? [r.school.id, r.school.parentId] : [r.school.id])));
  const roles = new Set(rows.flatMap((r) => r.waiting.roles));
  const candidates = await store.notifications.candidatesAt([...orgs], [...roles]);
  const byOrg = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const org of new Set(c.memberships.map((m) => m.organisationId))) byOrg.set(org, [...(byOrg.get(org) ?? []), c]);
  }
  return new Map(rows.map((row) => {
    const place: Place = placeOf(row);
    const near = [...new Set([...(byOrg.get(place.id) ?? []), ...(place.parentId ? byOrg.get(place.parentId) ?? [] : [])])];
    const trajectory = { id: row.id, school: place, subject: place.subject ?? 'school' };
    return [row.id, {
      roles: row.waiting.roles.map((role) => ({
        ...roleRef(row.def, role),
        people: recipientsOf(near, trajectory, row.def.definition, [role])
          .map((c) => ({ id: c.id, name: c.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      })),
      system: row.waiting.system,
    }];
  }));
}
