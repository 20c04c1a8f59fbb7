import type { Connection } from '../create';
import { iso, isUuid } from './database';
import { pgArray, prepareStatement } from './statement';

/** How many reminders and escalations reached someone about one trajectory, when the last one went, and which reached nobody. */
export interface SentReminders {
  trajectoryId: string;
  /** Reminders delivered to at least one person. */
  reminders: number;
  /** Escalations delivered to at least one person. */
  escalations: number;
  /** When the last delivered one was written (ISO), null when none was. */
  lastAt: string | null;
  /** Reminders and escalations the delivery handled but nobody held their roles: no one was told. */
  undelivered: number;
  /** The roles those undelivered ones were for, sorted. */
  undeliveredRoles: string[];
}

// A fired reminder is an `effects` row `{ type: 'remind', kind: 'reminder' | 'escalation', roles, … }` (the scheduler
// writes it with the timer's `fired_at`); the delivery worker turns it into one `notifications` row per person holding
// one of its roles and marks it processed. Sent: it has a notification. Undelivered: processed, none. Still waiting
// for the worker: neither (counted once delivered).
const COUNTS = `
with r as (
  select e.trajectory_id, e.effect, e.at, e.processed_at is not null as processed,
    exists (select 1 from notifications n where n.effect_id = e.id) as reached
  from effects e
  where e.trajectory_id = any($1::text::uuid[]) and e.effect->>'type' = 'remind'
)
select r.trajectory_id,
  (count(*) filter (where r.reached and r.effect->>'kind' = 'escalation'))::int as escalations,
  (count(*) filter (where r.reached and r.effect->>'kind' is distinct from 'escalation'))::int as reminders,
  (max(r.at) filter (where r.reached))::text as last_at,
  (count(*) filter (where r.processed and not r.reached))::int as undelivered,
  (select coalesce(json_agg(distinct role order by role), '[]'::json)
     from r u cross join lateral jsonb_array_elements_text(case when jsonb_typeof(u.effect->'roles') = 'array' then u.effect->'roles' else '[]'::jsonb end) role
     where u.trajectory_id = r.trajectory_id and u.processed and not u.reached) as undelivered_roles
from r
group by r.trajectory_id`;

/**
 * The reminders the scheduler sent that reached someone, counted per trajectory, for the coach overview ("2
 * herinneringen, 1 escalatie"), and those that reached nobody ("niemand heeft de rol schoolleider"). A reminder
 * counts once the delivery worker turned it into notifications (before any mail went out).
 * @example const sent = await store.sentReminders.count(items.map((i) => i.trajectoryId));
 */
export function createSentRemindersRepo(connection: Connection) {
  const counts = prepareStatement<{
    trajectory_id: string; reminders: number; escalations: number; last_at: string | null; undelivered: number; undelivered_roles: unknown;
  }>(connection, COUNTS);
  return {
    /** Per asked trajectory that had any fired: the counts; trajectories without reminders are left out. */
    async count(trajectoryIds: readonly string[]): Promise<SentReminders[]> {
      const ids = trajectoryIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await counts([pgArray(ids)]);
      return rows.map((r) => ({
        trajectoryId: r.trajectory_id, reminders: Number(r.reminders), escalations: Number(r.escalations), lastAt: iso(r.last_at),
        undelivered: Number(r.undelivered), undeliveredRoles: roles(r.undelivered_roles),
      }));
    },
  };
}

/** The JSON array of role ids (a driver may hand json back as text). */
function roles(value: unknown): string[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : [];
}

export type SentRemindersRepo = ReturnType<typeof createSentRemindersRepo>;
