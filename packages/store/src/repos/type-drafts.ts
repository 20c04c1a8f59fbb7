import { and, asc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { typeDrafts, typeVersions, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** Someone named with an account: the name is null when the account is gone or has none. */
export interface PersonRef {
  id: string;
  name: string | null;
}

/** An administrator's unpublished trajectory type, exactly as last saved. */
export interface TypeDraft {
  typeId: string;
  /** The published version it was started from; null for a new type. */
  basedOn: number | null;
  definition: unknown;
  forms: unknown[];
  /** +1 per save; a save must name the revision it started from. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: PersonRef | null;
}

export interface NewTypeDraft {
  typeId: string;
  basedOn: number | null;
  definition: unknown;
  forms: unknown[];
  /** The clock's time. */
  at: Date;
  by: string | null;
}

/** What a conditional write did: it wrote, or someone else's revision was there (`current`, undefined if none). */
export type DraftWrite = { kind: 'saved'; draft: TypeDraft } | { kind: 'conflict'; current: TypeDraft | undefined };

/** What publishing a draft did. */
export type DraftPublish =
  | { kind: 'published'; version: number; definition: unknown; forms: unknown[] }
  | { kind: 'conflict'; current: TypeDraft | undefined }
  /** The version number was taken by a concurrent publication of the same type: nothing changed, try again. */
  | { kind: 'version-taken'; version: number };

export interface DraftPublication {
  typeId: string;
  revision: number;
  /** The definition to store, from the draft's as saved and the version number the transaction chose (the caller sets `version`). */
  definition: (saved: unknown, version: number) => unknown;
  note: string;
  at: Date;
  by: string | null;
  /** More writes in the same transaction (the audit entry), once the version is known. */
  also?: (tx: Executor, version: number) => Promise<void>;
}

type Row = typeof typeDrafts.$inferSelect;
const columns = { d: typeDrafts, name: users.name };
const toDraft = ({ d, name }: { d: Row; name: string | null }): TypeDraft => ({
  typeId: d.typeId, basedOn: d.basedOn, definition: d.definition, forms: d.forms as unknown[], revision: d.revision,
  createdAt: iso(d.createdAt), updatedAt: iso(d.updatedAt), updatedBy: d.updatedBy === null ? null : { id: d.updatedBy, name },
});
const person = (by: string | null) => (by && isUuid(by) ? by : null);

/** Rolls the publishing transaction back with what the caller is told. */
class Rollback extends Error {
  constructor(readonly outcome: DraftPublish) {
    super(outcome.kind);
  }
}

/**
 * Admins' unpublished trajectory types (one per type id), saved with optimistic revisions, and publishing one
 * as the next immutable version in one transaction.
 * @example const r = await store.typeDrafts.save('kwaliteit', 3, { definition, forms, at: clock.now(), by: viewer.userId });
 */
export function createTypeDraftsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const named = (r: Row | undefined, name: string | null = null) => (r ? toDraft({ d: r, name }) : undefined);

  const repo = {
    /** Every draft, by type id (with its definition; forms are left out: `get` has them). */
    async list(): Promise<TypeDraft[]> {
      const rows = await db.select(columns).from(typeDrafts).leftJoin(users, eq(users.id, typeDrafts.updatedBy)).orderBy(asc(typeDrafts.typeId));
      return rows.map((r) => ({ ...toDraft(r), forms: [] }));
    },

    async get(typeId: string): Promise<TypeDraft | undefined> {
      const [row] = await db.select(columns).from(typeDrafts).leftJoin(users, eq(users.id, typeDrafts.updatedBy)).where(eq(typeDrafts.typeId, typeId));
      return row && toDraft(row);
    },

    /** Creates the draft at revision 1 unless the type already has one (then `conflict` with that one). */
    async create(input: NewTypeDraft): Promise<DraftWrite> {
      const at = input.at.toISOString();
      const [row] = await db.insert(typeDrafts).values({
        typeId: input.typeId, basedOn: input.basedOn, definition: input.definition, forms: input.forms, revision: 1,
        createdAt: at, createdBy: person(input.by), updatedAt: at, updatedBy: person(input.by),
      }).onConflictDoNothing().returning();
      if (row) return { kind: 'saved', draft: named(row)! };
      return { kind: 'conflict', current: await repo.get(input.typeId) };
    },

    /** Creates the draft, or overwrites the one there (its revision moves on, so an editor holding it gets 409). */
    async replace(input: NewTypeDraft): Promise<TypeDraft> {
      const at = input.at.toISOString();
      const values = { basedOn: input.basedOn, definition: input.definition, forms: input.forms, updatedAt: at, updatedBy: person(input.by) };
      const [row] = await db.insert(typeDrafts).values({ typeId: input.typeId, revision: 1, createdAt: at, createdBy: person(input.by), ...values })
        .onConflictDoUpdate({ target: typeDrafts.typeId, set: { ...values, revision: sql`${typeDrafts.revision} + 1` } }).returning();
      return named(row)!;
    },

    /**
     * Saves the draft only if it is still at `revision` (one statement, so of two admins saving at once one wins);
     * the other gets the draft as it is now, or undefined when it was discarded or published meanwhile.
     */
    async save(typeId: string, revision: number, input: { definition: unknown; forms: unknown[]; at: Date; by: string | null }): Promise<DraftWrite> {
      const [row] = await db.update(typeDrafts).set({
        definition: input.definition, forms: input.forms, revision: sql`${typeDrafts.revision} + 1`, updatedAt: input.at.toISOString(), updatedBy: person(input.by),
      }).where(and(eq(typeDrafts.typeId, typeId), eq(typeDrafts.revision, revision))).returning();
      if (row) return { kind: 'saved', draft: named(row)! };
      return { kind: 'conflict', current: await repo.get(typeId) };
    },

    /** Discards a draft; whether there was one. */
    async delete(typeId: string, tx: Executor = db): Promise<boolean> {
      return (await tx.delete(typeDrafts).where(eq(typeDrafts.typeId, typeId)).returning({ typeId: typeDrafts.typeId })).length > 0;
    },

    /**
     * Publishes the draft at `revision` as the type's next version (highest published + 1) with its note, and removes
     * the draft, in one transaction: claiming the draft row (delete … where revision) serialises two publishers, and the
     * (type, version) key refuses a version published meanwhile some other way; either way nothing changes.
     */
    async publish(input: DraftPublication): Promise<DraftPublish> {
      try {
        return await db.transaction(async (tx) => {
          const [claimed] = await tx.delete(typeDrafts).where(and(eq(typeDrafts.typeId, input.typeId), eq(typeDrafts.revision, input.revision))).returning();
          if (!claimed) throw new Rollback({ kind: 'conflict', current: undefined });
          const [top] = await tx.select({ max: sql<number | null>`max(${typeVersions.version})` }).from(typeVersions).where(eq(typeVersions.typeId, input.typeId));
          const version = Number(top?.max ?? 0) + 1;
          const definition = input.definition(claimed.definition, version);
          const [row] = await tx.insert(typeVersions).values({
            typeId: input.typeId, version, definition, forms: claimed.forms, note: input.note,
            publishedAt: input.at.toISOString(), publishedBy: person(input.by),
          }).onConflictDoNothing().returning({ version: typeVersions.version });
          if (!row) throw new Rollback({ kind: 'version-taken', version });
          await input.also?.(tx, version);
          return { kind: 'published' as const, version, definition, forms: claimed.forms as unknown[] };
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
        return error.outcome.kind === 'conflict' ? { kind: 'conflict', current: await repo.get(input.typeId) } : error.outcome;
      }
    },
  };
  return repo;
}

export type TypeDraftsRepo = ReturnType<typeof createTypeDraftsRepo>;
