import { sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { databaseOf, isUuid, iso } from './database';
import { sentBySystem } from './timer-plan';

/** One line of a school's audit: a trajectory event of the school, or an audit-log entry about it. */
export type SchoolAuditEntry =
  | {
    kind: 'event'; at: string; trajectoryId: string; typeId: string; typeVersion: number; seq: number; type: string;
    /** `system`: sent by a timer (no actor). */
    actor: { id: string; name: string | null } | null; system: boolean; actorRoles: string[]; stepsBefore: string[]; stepsAfter: string[];
  }
  | {
    kind: 'audit'; at: string; id: number; action: string; trajectoryId: string | null;
    actor: { id: string; name: string | null } | null; detail: unknown;
  };

/** A page of a school's audit, newest first; pass `nextCursor` as `before` for the next page (null at the end). */
export interface SchoolAuditPage {
  entries: SchoolAuditEntry[];
  nextCursor: string | null;
}

const MAX_PAGE = 200;
// Entries of both kinds sort by time, then by a key unique across both: a total order for the cursor.
/** The shape of a `nextCursor`: check `before` with it to refuse a made-up one clearly. */
export const SCHOOL_AUDIT_CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|((?:e:[0-9a-f-]{36}:\d{10})|(?:a:\d{19}))$/;

interface Row {
  at_text: string; key: string; kind: 'event' | 'audit'; trajectory_id: string | null; seq: number | null; audit_id: string | number | null;
  action: string; actor_id: string | null; actor_name: string | null; actor_roles: string[] | null; detail: unknown;
  steps_before: string[] | null; steps_after: string[] | null; type_id: string | null; type_version: number | null;
  idempotency_key: string | null;
}

function toEntry(r: Row): SchoolAuditEntry {
  const actor = r.actor_id === null ? null : { id: r.actor_id, name: r.actor_name };
  const at = iso(r.at_text);
  if (r.kind === 'audit') return { kind: 'audit', at, id: Number(r.audit_id), action: r.action, trajectoryId: r.trajectory_id, actor, detail: r.detail ?? null };
  return {
    kind: 'event', at, trajectoryId: r.trajectory_id!, typeId: r.type_id!, typeVersion: Number(r.type_version), seq: Number(r.seq),
    type: r.action, actor, system: sentBySystem(r.actor_id, r.idempotency_key), actorRoles: r.actor_roles ?? [], stepsBefore: r.steps_before ?? [], stepsAfter: r.steps_after ?? [],
  };
}

/**
 * The audit of one school: every event of its trajectories and every audit-log entry about it (logins
 * are not about a school), merged newest first. Form data stays in the trajectory's own event log.
 * @example const page = await store.schoolAudit.list(schoolId, { limit: 50 });
 */
export function createSchoolAuditRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    async list(schoolId: string, options: { limit?: number; before?: string } = {}): Promise<SchoolAuditPage> {
      if (!isUuid(schoolId)) return { entries: [], nextCursor: null };
      const limit = Math.max(1, Math.min(MAX_PAGE, Math.trunc(options.limit ?? 50)));
      const cursor = options.before === undefined ? undefined : SCHOOL_AUDIT_CURSOR.exec(options.before);
      if (options.before !== undefined && !cursor) return { entries: [], nextCursor: null };
      const after = cursor ? sql`where (x.at, x.key) < (${cursor[1]}::timestamptz, ${cursor[2]}::text)` : sql``;
      const result = await db.execute(sql`
        select x.*, x.at::text as at_text from (
          select e.at, 'e:' || e.trajectory_id::text || ':' || lpad(e.seq::text, 10, '0') as key, 'event' as kind,
            e.trajectory_id, e.seq, null::bigint as audit_id, e.type as action, e.actor_id, u.name as actor_name,
            e.actor_roles, null::jsonb as detail, e.steps_before, e.steps_after, t.type_id, t.type_version, e.idempotency_key
          from events e join trajectories t on t.id = e.trajectory_id left join users u on u.id = e.actor_id
          where t.school_id = ${schoolId}::uuid
          union all
          select a.at, 'a:' || lpad(a.id::text, 19, '0'), 'audit', a.trajectory_id, null, a.id, a.action, a.actor_id, u.name,
            null, a.detail, null, null, null, null, null
          from audit_log a left join users u on u.id = a.actor_id
          where a.organisation_id = ${schoolId}::uuid
        ) x ${after}
        order by x.at desc, x.key desc
        limit ${limit + 1}`);
      const raw = result as unknown as { rows: Row[] } | Row[];
      const rows = Array.isArray(raw) ? raw : raw.rows;
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { entries: page.map(toEntry), nextCursor: rows.length > limit && last ? `${iso(last.at_text)}|${last.key}` : null };
    },
  };
}

export type SchoolAuditRepo = ReturnType<typeof createSchoolAuditRepo>;
