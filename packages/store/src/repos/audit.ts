import { and, desc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { auditLog } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** One line of the audit log: who did what, when, where. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  organisationId: string | null;
  trajectoryId: string | null;
  /** What happened, e.g. `auth.login`, `membership.add`, `invitation.accept`. */
  action: string;
  detail: unknown;
}

export interface NewAuditEntry {
  at: Date;
  actorId: string | null;
  organisationId?: string | null;
  trajectoryId?: string | null;
  action: string;
  detail?: unknown;
}

/** A page of entries, newest first; pass `nextCursor` as `before` for the next page (null at the end). */
export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

type Row = typeof auditLog.$inferSelect;
const toEntry = (r: Row): AuditEntry => ({
  id: r.id, at: iso(r.at), actorId: r.actorId, organisationId: r.organisationId, trajectoryId: r.trajectoryId, action: r.action, detail: r.detail ?? null,
});

const MAX_PAGE = 200;

/** `<at>|<id>` of the last entry on a page; opaque to callers. */
function cursorOf(entry: AuditEntry): string {
  return `${entry.at}|${entry.id}`;
}

function parseCursor(cursor: string): { at: string; id: number } | undefined {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|(\d{1,15})$/.exec(cursor);
  return match ? { at: match[1]!, id: Number(match[2]) } : undefined;
}

/**
 * The append-only audit log. Entries are written in the caller's transaction when one is given, so an
 * entry exists exactly when the change it describes does.
 * @example await store.audit.append({ at: clock.now(), actorId: viewer.userId, organisationId, action: 'membership.add', detail });
 */
export function createAuditRepo(connection: Connection) {
  const db = databaseOf(connection);

  async function list(where: ReturnType<typeof eq>, options: { limit?: number; before?: string }): Promise<AuditPage> {
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.trunc(options.limit ?? 50)));
    const cursor = options.before === undefined ? undefined : parseCursor(options.before);
    if (options.before !== undefined && !cursor) return { entries: [], nextCursor: null };
    const rows = await db.select().from(auditLog)
      .where(cursor ? and(where, sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id})`) : where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit + 1);
    const entries = rows.slice(0, limit).map(toEntry);
    return { entries, nextCursor: rows.length > limit ? cursorOf(entries[entries.length - 1]!) : null };
  }

  return {
    async append(entry: NewAuditEntry, tx: Executor = db): Promise<void> {
      await tx.insert(auditLog).values({
        at: entry.at.toISOString(), actorId: entry.actorId, organisationId: entry.organisationId ?? null,
        trajectoryId: entry.trajectoryId ?? null, action: entry.action, detail: entry.detail ?? null,
      });
    },

    /** The entries about an organisation, newest first. */
    async listForOrganisation(organisationId: string, options: { limit?: number; before?: string } = {}): Promise<AuditPage> {
      if (!isUuid(organisationId)) return { entries: [], nextCursor: null };
      return list(eq(auditLog.organisationId, organisationId), options);
    },

    /** The entries about a trajectory, newest first. */
    async listForTrajectory(trajectoryId: string, options: { limit?: number; before?: string } = {}): Promise<AuditPage> {
      if (!isUuid(trajectoryId)) return { entries: [], nextCursor: null };
      return list(eq(auditLog.trajectoryId, trajectoryId), options);
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
