import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Connection } from '../create';
import { drafts, users } from '../schema';
import { databaseOf, isUuid, iso } from './database';

/** Form data being filled in, autosaved; one per trajectory and form, shared by the school's people. */
export interface Draft {
  trajectoryId: string;
  formId: string;
  data: unknown;
  updatedAt: string;
  updatedBy: { id: string; name: string | null } | null;
}

export interface DraftInput {
  trajectoryId: string;
  formId: string;
  data: unknown;
  /** The clock's time. */
  at: Date;
  by: string | null;
}

const columns = { d: drafts, name: users.name };
const toDraft = ({ d, name }: { d: typeof drafts.$inferSelect; name: string | null }): Draft => ({
  trajectoryId: d.trajectoryId, formId: d.formId, data: d.data, updatedAt: iso(d.updatedAt),
  updatedBy: d.updatedBy === null ? null : { id: d.updatedBy, name },
});

/**
 * Drafts of forms. A draft is deleted when its form is submitted, in the same statement as the event
 * (see `appendEvent`'s `submittedForm`).
 * @example await store.drafts.save({ trajectoryId, formId: 'pd-intake', data, at: clock.now(), by: viewer.userId });
 */
export function createDraftsRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    /**
     * Creates or replaces the draft of a form in one statement; the last save wins. The answer names no
     * one (`updatedBy.name` is null): the caller knows who saved.
     */
    async save(input: DraftInput): Promise<Draft> {
      const values = { data: input.data, updatedAt: input.at.toISOString(), updatedBy: input.by };
      const [row] = await db.insert(drafts).values({ trajectoryId: input.trajectoryId, formId: input.formId, ...values })
        .onConflictDoUpdate({ target: [drafts.trajectoryId, drafts.formId], set: values }).returning();
      return toDraft({ d: row!, name: null });
    },

    /**
     * Saves a draft only if it is still the one the writer started from: `expected` is the `updatedAt` they last
     * saw, or null when they saw none. One statement each way, so two people saving at once cannot both win; the
     * loser gets the draft that is there now (or undefined when it was removed, e.g. by a submit).
     */
    async saveIf(input: DraftInput, expected: string | null): Promise<{ kind: 'saved'; draft: Draft } | { kind: 'conflict'; current: Draft | undefined }> {
      const values = { data: input.data, updatedAt: input.at.toISOString(), updatedBy: input.by };
      const where = and(eq(drafts.trajectoryId, input.trajectoryId), eq(drafts.formId, input.formId));
      const rows = expected === null
        ? await db.insert(drafts).values({ trajectoryId: input.trajectoryId, formId: input.formId, ...values }).onConflictDoNothing().returning()
        : await db.update(drafts).set(values).where(and(where, eq(drafts.updatedAt, new Date(expected).toISOString()))).returning();
      if (rows[0]) return { kind: 'saved', draft: toDraft({ d: rows[0], name: null }) };
      return { kind: 'conflict', current: await this.get(input.trajectoryId, input.formId) };
    },

    async get(trajectoryId: string, formId: string): Promise<Draft | undefined> {
      if (!isUuid(trajectoryId)) return undefined;
      const [row] = await db.select(columns).from(drafts).leftJoin(users, eq(users.id, drafts.updatedBy))
        .where(and(eq(drafts.trajectoryId, trajectoryId), eq(drafts.formId, formId)));
      return row && toDraft(row);
    },

    /** Every draft of a trajectory, by form id. */
    async list(trajectoryId: string): Promise<Draft[]> {
      if (!isUuid(trajectoryId)) return [];
      const rows = await db.select(columns).from(drafts).leftJoin(users, eq(users.id, drafts.updatedBy))
        .where(eq(drafts.trajectoryId, trajectoryId)).orderBy(asc(drafts.formId));
      return rows.map(toDraft);
    },

    /**
     * Which forms have a draft, per trajectory, for many trajectories in one query (a list's "concept klaar").
     * @example await store.drafts.formsOf([a, b]) // Map { a => ['pd-intake'] }
     */
    async formsOf(trajectoryIds: readonly string[]): Promise<Map<string, string[]>> {
      const ids = trajectoryIds.filter(isUuid);
      const out = new Map<string, string[]>();
      if (ids.length === 0) return out;
      const rows = await db.select({ trajectoryId: drafts.trajectoryId, formId: drafts.formId }).from(drafts)
        .where(inArray(drafts.trajectoryId, ids)).orderBy(asc(drafts.trajectoryId), asc(drafts.formId));
      for (const row of rows) out.set(row.trajectoryId, [...(out.get(row.trajectoryId) ?? []), row.formId]);
      return out;
    },

    /** Removes a draft (e.g. "discard my changes"). */
    async delete(trajectoryId: string, formId: string): Promise<void> {
      if (!isUuid(trajectoryId)) return;
      await db.delete(drafts).where(and(eq(drafts.trajectoryId, trajectoryId), eq(drafts.formId, formId)));
    },
  };
}

export type DraftsRepo = ReturnType<typeof createDraftsRepo>;
