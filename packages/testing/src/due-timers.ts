import { schoolCalendar, start } from '@koers/engine';
import { writePlan } from '@koers/server';
import type { Store } from '@koers/store';
import { fixtureDefinition } from './tree';

/** The fixture type with one event timer (`AFGELOPEN`, a day after the start) and nothing else. */
export const WEKKER = 'wekker';

/**
 * Publishes the `wekker` fixture and starts `count` trajectories of it at a new school, `startedAt` (so their one
 * timer each is due a day later), written as the server writes a start: with the timers in the same transaction.
 * `concurrency` creates run at once. Answers the school and the trajectory ids.
 */
export async function dueTimers(store: Store, count: number, startedAt: Date, concurrency = 8): Promise<{ schoolId: string; ids: string[] }> {
  const def = fixtureDefinition(WEKKER, 'test/fixtures/wekker');
  await store.typeVersions.publish({ typeId: WEKKER, version: 1, definition: def.definition, forms: [], at: startedAt });
  const school = await store.organisations.create({ kind: 'school', name: 'De Wekker', region: 'midden' });
  const calendar = schoolCalendar('midden');
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const result = start(def, { now: startedAt, calendar });
      const { state, outbox } = writePlan(def, result, { now: startedAt, calendar });
      const created = await store.trajectories.create({
        typeId: WEKKER, typeVersion: 1, schoolId: school.id, createdBy: null, actorRoles: [], at: startedAt, ...state, ...outbox,
      });
      if (created.kind !== 'created') throw new Error(created.kind);
      ids.push(created.trajectory.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { schoolId: school.id, ids };
}
