import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { apiTokens, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';
import { type UserMembership, type UserWithMemberships, membershipsJson, toUser } from './users';

/** An API token for scripts, without its secret (only its SHA-256 is stored). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** When the token stops working; null only for tokens made before tokens expired. */
  expiresAt: string | null;
}

type Row = typeof apiTokens.$inferSelect;
const toToken = (r: Row): ApiToken => ({
  id: r.id, userId: r.userId, name: r.name, createdAt: iso(r.createdAt), lastUsedAt: iso(r.lastUsedAt), revokedAt: iso(r.revokedAt),
  expiresAt: iso(r.expiresAt),
});

/**
 * API tokens. A revoked token, or one whose user is disabled, is never found; an expired one is found
 * (so the caller can say it expired) and must be refused by its `expiresAt`.
 * @example const found = await store.apiTokens.findByHash(sha256(bearer));
 */
export function createApiTokensRepo(connection: Connection) {
  const db = databaseOf(connection);
  const byHash = db.select({ token: apiTokens, user: users, memberships: membershipsJson() })
    .from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder('hash')), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .prepare('koers_token_by_hash');

  return {
    async create(input: { userId: string; name: string; tokenHash: string; expiresAt: Date; now?: Date }, tx: Executor = db): Promise<ApiToken> {
      const [row] = await tx.insert(apiTokens)
        .values({ userId: input.userId, name: input.name, tokenHash: input.tokenHash, expiresAt: input.expiresAt.toISOString(), createdAt: input.now?.toISOString() })
        .returning();
      return toToken(row!);
    },

    async findByHash(tokenHash: string): Promise<{ token: ApiToken; user: UserWithMemberships } | undefined> {
      const [row] = await byHash.execute({ hash: tokenHash });
      if (!row) return undefined;
      return { token: toToken(row.token), user: { ...toUser(row.user), memberships: row.memberships as UserMembership[] } };
    },

    /**
     * Records use of a token. Skipped when it was recorded less than `resolutionMs` ago, so a busy script
     * does not turn every read into a write on the same row.
     */
    async touch(id: string, now: Date, resolutionMs = 60_000): Promise<void> {
      const stale = new Date(now.getTime() - resolutionMs).toISOString();
      await db.update(apiTokens).set({ lastUsedAt: now.toISOString() })
        .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
    },

    /** A user's tokens, revoked ones included, newest first. */
    async listForUser(userId: string): Promise<ApiToken[]> {
      if (!isUuid(userId)) return [];
      const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
      return rows.map(toToken);
    },

    /** Revokes one of the user's own tokens; undefined if they have no such active token. */
    async revoke(id: string, userId: string, now: Date, tx: Executor = db): Promise<ApiToken | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await tx.update(apiTokens).set({ revokedAt: now.toISOString() })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning();
      return row && toToken(row);
    },
  };
}

export type ApiTokensRepo = ReturnType<typeof createApiTokensRepo>;
