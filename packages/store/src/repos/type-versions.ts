import { and, asc, desc, eq } from 'drizzle-orm';
import type { Connection } from '../create';
import { typeVersions } from '../schema';
import { databaseOf, isUuid, iso } from './database';

/** A published trajectory-type version without its forms: enough to list and describe it. */
export interface TypeVersionSummary {
  typeId: string;
  version: number;
  /** The trajectory definition as published (plain JSON). */
  definition: unknown;
  publishedAt: string;
  publishedBy: string | null;
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
  /** The clock's time. */
  at: Date;
}

/** Publishing answers what happened: a version, once written, is never replaced. */
export type PublishResult = { kind: 'published'; typeVersion: TypeVersion } | { kind: 'exists' };

type Row = typeof typeVersions.$inferSelect;
const toSummary = (r: Omit<Row, 'forms' | 'note'>): TypeVersionSummary => ({
  typeId: r.typeId, version: r.version, definition: r.definition, publishedAt: iso(r.publishedAt), publishedBy: r.publishedBy,
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
    publishedAt: typeVersions.publishedAt, publishedBy: typeVersions.publishedBy,
  };
  return {
    /** Writes a new version; `exists` when this id and version were published before (even concurrently). */
    async publish(input: NewTypeVersion): Promise<PublishResult> {
      const [row] = await db.insert(typeVersions).values({
        typeId: input.typeId, version: input.version, definition: input.definition, forms: input.forms,
        publishedBy: input.publishedBy && isUuid(input.publishedBy) ? input.publishedBy : null,
        publishedAt: input.at.toISOString(),
      }).onConflictDoNothing().returning();
      return row ? { kind: 'published', typeVersion: toTypeVersion(row) } : { kind: 'exists' };
    },

    /** Every published version without forms, by type id and then version. */
    async list(): Promise<TypeVersionSummary[]> {
      const rows = await db.select(summary).from(typeVersions).orderBy(asc(typeVersions.typeId), asc(typeVersions.version));
      return rows.map(toSummary);
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
