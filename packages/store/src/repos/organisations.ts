import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { organisations } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** A bestuur or one of its schools. */
export interface Organisation {
  id: string;
  kind: 'bestuur' | 'school';
  name: string;
  parentId: string | null;
  brin: string | null;
  /** A school's holiday region for the school calendar; null when not set (always null for a bestuur). */
  region: Region | null;
  createdAt: string;
}

/** The school holiday regions of the Netherlands. */
export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export type Region = (typeof REGIONS)[number];

/** What an admin may change of an organisation; a field left out stays as it is, null clears it. */
export interface OrganisationChanges {
  name?: string;
  brin?: string | null;
  region?: Region | null;
}

export interface NewOrganisation {
  kind: 'bestuur' | 'school';
  name: string;
  /** For a school: its bestuur. */
  parentId?: string | null;
  brin?: string | null;
  region?: Region | null;
  now?: Date;
}

type Row = typeof organisations.$inferSelect;
/** Only besturen and schools are organisations to the rest of Koers; a group's place row (kind `group`) is read through the group. */
const notGroup = ne(organisations.kind, 'group');
const toOrganisation = (r: Row): Organisation => ({
  id: r.id, kind: r.kind as Organisation['kind'], name: r.name, parentId: r.parentId, brin: r.brin, region: r.region, createdAt: iso(r.createdAt),
});

/**
 * Besturen and schools.
 * @example const school = await store.organisations.create({ kind: 'school', name: 'De Linde', parentId: bestuur.id });
 */
export function createOrganisationsRepo(connection: Connection) {
  const db = databaseOf(connection);
  async function get(id: string, tx: Executor = db): Promise<Organisation | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await tx.select().from(organisations).where(and(eq(organisations.id, id), notGroup));
    return row && toOrganisation(row);
  }
  return {
    async create(input: NewOrganisation, tx: Executor = db): Promise<Organisation> {
      const [row] = await tx.insert(organisations)
        .values({ kind: input.kind, name: input.name, parentId: input.parentId ?? null, brin: input.brin ?? null, region: input.region ?? null, createdAt: input.now?.toISOString() })
        .returning();
      return toOrganisation(row!);
    },

    get,

    /** Changes the given fields; answers the organisation as it is now, or undefined if there is none. */
    async update(id: string, changes: OrganisationChanges, tx: Executor = db): Promise<Organisation | undefined> {
      if (!isUuid(id)) return undefined;
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length === 0) return get(id, tx);
      const [row] = await tx.update(organisations).set(set).where(and(eq(organisations.id, id), notGroup)).returning();
      return row && toOrganisation(row);
    },

    /** Every organisation, besturen first, then by name. */
    async list(): Promise<Organisation[]> {
      const rows = await db.select().from(organisations).where(notGroup).orderBy(asc(organisations.kind), asc(organisations.name), asc(organisations.id));
      return rows.map(toOrganisation);
    },

    /** The schools of a bestuur, by name. */
    async children(parentId: string): Promise<Organisation[]> {
      if (!isUuid(parentId)) return [];
      const rows = await db.select().from(organisations).where(eq(organisations.parentId, parentId))
        .orderBy(asc(organisations.name), asc(organisations.id));
      return rows.map(toOrganisation);
    },

    /**
     * What someone with memberships at `ids` may see: those organisations, the schools of those that are
     * besturen, and the bestuur above those that are schools (but not its other schools).
     */
    async listVisible(ids: readonly string[]): Promise<Organisation[]> {
      const list = [...new Set(ids)].filter(isUuid);
      if (list.length === 0) return [];
      const parents = db.select({ id: organisations.parentId }).from(organisations).where(inArray(organisations.id, list));
      const rows = await db.select().from(organisations)
        .where(and(notGroup, or(inArray(organisations.id, list), inArray(organisations.parentId, list), sql`${organisations.id} in (${parents})`)))
        .orderBy(asc(organisations.kind), asc(organisations.name), asc(organisations.id));
      return rows.map(toOrganisation);
    },
  };
}

export type OrganisationsRepo = ReturnType<typeof createOrganisationsRepo>;
