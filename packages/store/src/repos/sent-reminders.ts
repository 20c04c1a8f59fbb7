import type { Connection } from '../create';
import { iso, isUuid } from './database';
import { pgArray, prepareStatement } from './statement';

/** How many reminders and escalations were sent about one trajectory, and when the last one went. */
export interface SentReminders {
  trajectoryId: string;
  reminders: number;
  escalations: number;
  /** When the last of them was written (ISO), null when none was. */
  lastAt: string | null;
}

// A fired reminder is an `effects` row `{ type: 'remind', kind: 'reminder' | 'escalation', … }` (the scheduler writes
// it with the timer's `fired_at`), whether or not delivery has turned it into notifications yet: what was sent.
const COUNTS = `
select e.trajectory_id,
  (count(*) filter (where e.effect->>'kind' = 'escalation'))::int as escalations,
  (count(*) filter (where e.effect->>'kind' is distinct from 'escalation'))::int as reminders,
  max(e.at)::text as last_at
from effects e
where e.trajectory_id = any($1::text::uuid[]) and e.effect->>'type' = 'remind'
group by e.trajectory_id`;

/**
 * The reminders the scheduler sent, counted per trajectory, for the coach overview ("2 herinneringen, 1 escalatie").
 * Read from the `effects` outbox, so a reminder counts from the moment it fired, before any mail went out.
 * @example const sent = await store.sentReminders.count(items.map((i) => i.trajectoryId));
 */
export function createSentRemindersRepo(connection: Connection) {
  const counts = prepareStatement<{ trajectory_id: string; reminders: number; escalations: number; last_at: string | null }>(connection, COUNTS);
  return {
    /** Per asked trajectory that had any: the counts; trajectories without reminders are left out. */
    async count(trajectoryIds: readonly string[]): Promise<SentReminders[]> {
      const ids = trajectoryIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await counts([pgArray(ids)]);
      return rows.map((r) => ({
        trajectoryId: r.trajectory_id, reminders: Number(r.reminders), escalations: Number(r.escalations), lastAt: iso(r.last_at),
      }));
    },
  };
}

export type SentRemindersRepo = ReturnType<typeof createSentRemindersRepo>;
