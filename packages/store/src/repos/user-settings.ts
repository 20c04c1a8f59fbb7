import { eq } from 'drizzle-orm';
import type { Connection } from '../create';
import { userSettings } from '../schema';
import { type Executor, databaseOf, iso } from './database';

/** How a person wants to be told: mail language and how often (immediately, a daily digest, never). */
export interface UserSettings {
  lang: 'nl' | 'en';
  mail: 'immediate' | 'digest' | 'off';
}

/** What a user has before they chose anything. */
export const DEFAULT_SETTINGS: UserSettings = { lang: 'nl', mail: 'immediate' };

/**
 * Per-user settings; a user without a row has the defaults (Dutch, mail immediately).
 * @example await store.userSettings.put(userId, { lang: 'en', mail: 'digest' });
 */
export function createUserSettingsRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    async get(userId: string, tx: Executor = db): Promise<UserSettings & { lastDigestAt: string | null }> {
      const [row] = await tx.select().from(userSettings).where(eq(userSettings.userId, userId));
      return row ? { lang: row.lang, mail: row.mail, lastDigestAt: iso(row.lastDigestAt) } : { ...DEFAULT_SETTINGS, lastDigestAt: null };
    },

    /** Stores the user's choice (the digest bookkeeping is kept). */
    async put(userId: string, settings: UserSettings, tx: Executor = db): Promise<UserSettings> {
      await tx.insert(userSettings).values({ userId, lang: settings.lang, mail: settings.mail })
        .onConflictDoUpdate({ target: userSettings.userId, set: { lang: settings.lang, mail: settings.mail } });
      return { lang: settings.lang, mail: settings.mail };
    },

    /** Records that the user's digest went out at `at`. */
    async markDigest(userId: string, at: Date, tx: Executor = db): Promise<void> {
      await tx.update(userSettings).set({ lastDigestAt: at.toISOString() }).where(eq(userSettings.userId, userId));
    },
  };
}

export type UserSettingsRepo = ReturnType<typeof createUserSettingsRepo>;
