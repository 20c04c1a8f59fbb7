import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { trajectories, typeDrafts, typeVersions, users } from '../schema';
import { databaseOf, isUuid, iso, rowsOf } from './database';

/** A published trajectory-type version without its forms: enough to list and describe it. */
export interface TypeVersionSummary {
  typeId: string;
  version: number;
  /** The trajectory definition as published (plain JSON). */
  definition: unknown;
  publishedAt: string;
  publishedBy: string | null;
  /** The publisher's change note; null when published without one (files, POST /api/types without a note). */
  note: string | null;
}

/** One published version as the admin's overview shows it: who published it, why, and how many trajectories run on it. */
export interface TypeVersionHistory {
  typeId: string;
  version: number;
  /** The definition's title as published. */
  title: unknown;
  publishedAt: string;
  publishedBy: { id: string; name: string | null } | null;
  note: string | null;
  trajectories: { active: number; done: number };
}

/** A published version with the forms its steps show: everything needed to compile it. */
export interface TypeVersion extends TypeVersionSummary {
  forms: unknown[];
}

export interface NewTypeVersion {
  typeId: string;
  version: number;
  definition: unknown;
  forms: unknown[];
  publishedBy?: string | null;
  note?: string | null;
  /** The clock's time. */
  at: Date;
}

/** Publishing answers what happened: a version, once written, is never replaced. */
export type PublishResult = { kind: 'published'; typeVersion: TypeVersion } | { kind: 'exists' };

type Row = typeof typeVersions.$inferSelect;
const toSummary = (r: Omit<Row, 'forms'>): TypeVersionSummary => ({
  typeId: r.typeId, version: r.version, definition: r.definition, publishedAt: iso(r.publishedAt), publishedBy: r.publishedBy, note: r.note,
});
const toTypeVersion = (r: Row): TypeVersion => ({ ...toSummary(r), forms: r.forms as unknown[] });

/**
 * Published trajectory-type versions: the definition bundle (definition + forms), immutable once written.
 * @example const r = await store.typeVersions.publish({ typeId: 'pd', version: 2, definition, forms, at: clock.now() });
 */
export function createTypeVersionsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const summary = {
    typeId: typeVersions.typeId, version: typeVersions.version, definition: typeVersions.definition,
    publishedAt: typeVersions.publishedAt, publishedBy: typeVersions.publishedBy, note: typeVersions.note,
  };
  return {
    /** Writes a new version; `exists` when this id and version were published before (even concurrently). */
    async publish(input: NewTypeVersion): Promise<PublishResult> {
      const [row] = await db.insert(typeVersions).values({
        typeId: input.typeId, version: input.version, definition: input.definition, forms: input.forms,
        publishedBy: input.publishedBy && isUuid(input.publishedBy) ? input.publishedBy : null,
        publishedAt: input.at.toISOString(), note: input.note ?? null,
      }).onConflictDoNothing().returning();
      return row ? { kind: 'published', typeVersion: toTypeVersion(row) } : { kind: 'exists' };
    },

    /** Every published version without forms, by type id and then version. */
    async list(): Promise<TypeVersionSummary[]> {
      const rows = await db.select(summary).from(typeVersions).orderBy(asc(typeVersions.typeId), asc(typeVersions.version));
      return rows.map(toSummary);
    },

    /**
     * Every published version for the admin's overview, by type id and version: title, publisher (with name), note
     * and how many trajectories run on it (active, done), counted from `trajectories_overview_idx`.
     */
    async history(): Promise<TypeVersionHistory[]> {
      const rows = await db.select({
        typeId: typeVersions.typeId, version: typeVersions.version, title: sql<unknown>`${typeVersions.definition}->'title'`,
        publishedAt: typeVersions.publishedAt, publishedBy: typeVersions.publishedBy, name: users.name, note: typeVersions.note,
      }).from(typeVersions).leftJoin(users, eq(users.id, typeVersions.publishedBy)).orderBy(asc(typeVersions.typeId), asc(typeVersions.version));
      const counts = await db.select({
        typeId: trajectories.typeId, version: trajectories.typeVersion, status: trajectories.status, n: sql<number>`count(*)::int`,
      }).from(trajectories).groupBy(trajectories.typeId, trajectories.typeVersion, trajectories.status);
      const count = (typeId: string, version: number, status: 'active' | 'done') =>
        Number(counts.find((c) => c.typeId === typeId && c.version === version && c.status === status)?.n ?? 0);
      return rows.map((r) => ({
        typeId: r.typeId, version: r.version, title: r.title, publishedAt: iso(r.publishedAt),
        publishedBy: r.publishedBy === null ? null : { id: r.publishedBy, name: r.name }, note: r.note,
        trajectories: { active: count(r.typeId, r.version, 'active'), done: count(r.typeId, r.version, 'done') },
      }));
    },

    /** Every form id in use: in any published version or any draft (form ids are one namespace over all types). */
    async formIds(): Promise<string[]> {
      const result = await db.execute(sql`
        select f->>'id' as id from ${typeVersions}, json_array_elements(${typeVersions.forms}) as f
        union select f->>'id' from ${typeDrafts}, json_array_elements(${typeDrafts.forms}) as f
        where json_typeof(${typeDrafts.forms}) = 'array'`);
      return rowsOf<{ id: string | null }>(result).map((r) => r.id).filter((id): id is string => id !== null).sort();
    },

    /** One version with its forms; without `version`, the newest of that type. */
    async get(typeId: string, version?: number): Promise<TypeVersion | undefined> {
      const where = version === undefined
        ? eq(typeVersions.typeId, typeId)
        : and(eq(typeVersions.typeId, typeId), eq(typeVersions.version, version));
      const [row] = await db.select().from(typeVersions).where(where).orderBy(desc(typeVersions.version)).limit(1);
      return row && toTypeVersion(row);
    },
  };
}

export type TypeVersionsRepo = ReturnType<typeof createTypeVersionsRepo>;
