import { sql } from 'drizzle-orm';
import { type StoreOptions, connect } from './create';
import { createApiTokensRepo } from './repos/api-tokens';
import { createAuditRepo } from './repos/audit';
import { type Executor, databaseOf } from './repos/database';
import { createInvitationsRepo } from './repos/invitations';
import { createMembershipsRepo } from './repos/memberships';
import { createOrganisationsRepo } from './repos/organisations';
import { createSessionsRepo } from './repos/sessions';
import { createLoginsRepo } from './repos/logins';
import { createUsersRepo } from './repos/users';
import { createTypeVersionsRepo } from './repos/type-versions';
import { createTypeDraftsRepo } from './repos/type-drafts';
import { createTrajectoriesRepo } from './repos/trajectories';
import { createDraftsRepo } from './repos/drafts';
import { createOverviewRepo } from './repos/overview';
import { createDerivedCheck } from './repos/derived-check';
import { createSentRemindersRepo } from './repos/sent-reminders';
import { createScanRepo } from './repos/scan';
import { createSchoolAuditRepo } from './repos/school-audit';
import { createTimersRepo } from './repos/timers';
import { createCalendarDaysRepo } from './repos/calendar-days';
import { createCalendarFeedsRepo } from './repos/calendar-feeds';
import { createEffectsRepo } from './repos/effects';
import { createNotificationsRepo } from './repos/notifications';
import { createMailsRepo } from './repos/mails';
import { createUserSettingsRepo } from './repos/user-settings';
import { createGroupsRepo } from './repos/groups';
import { createFlagsRepo } from './repos/flags';
import { createSignoffsRepo } from './repos/signoffs';

/**
 * The database behind Koers: one connection and the repositories on it. Repositories are the only place
 * with SQL; each lives in `repos/<name>.ts` as `create<Name>Repo(connection)` and is added here.
 * @example const store = await createStore({ dataDir: './data' }); await store.close();
 */
export async function createStore(options: StoreOptions = {}) {
  const connection = await connect(options);
  const trajectories = createTrajectoriesRepo(connection);
  return {
    driver: connection.driver,
    connection,
    organisations: createOrganisationsRepo(connection),
    users: createUsersRepo(connection),
    memberships: createMembershipsRepo(connection),
    sessions: createSessionsRepo(connection),
    logins: createLoginsRepo(connection),
    apiTokens: createApiTokensRepo(connection),
    invitations: createInvitationsRepo(connection),
    audit: createAuditRepo(connection),
    typeVersions: createTypeVersionsRepo(connection),
    typeDrafts: createTypeDraftsRepo(connection),
    trajectories,
    /** Durable timers and reminders: written with events (`appendEvent`), fired by the server's scheduler. */
    timers: createTimersRepo(connection, trajectories.appendEvent),
    drafts: createDraftsRepo(connection),
    overview: createOverviewRepo(connection),
    /** Reminders and escalations the scheduler sent (the `effects` outbox), counted per trajectory for the coach. */
    sentReminders: createSentRemindersRepo(connection),
    scan: createScanRepo(connection),
    /** Recounts what the triggers keep for the overview (`type_counts`, `step_dues`): for `koers verify`. */
    derived: createDerivedCheck(connection),
    schoolAudit: createSchoolAuditRepo(connection),
    /** Studiedagen of besturen and schools: kept by admins, read per school for its calendar. */
    calendarDays: createCalendarDaysRepo(connection),
    calendarFeeds: createCalendarFeedsRepo(connection),
    effects: createEffectsRepo(connection),
    notifications: createNotificationsRepo(connection),
    mails: createMailsRepo(connection),
    userSettings: createUserSettingsRepo(connection),
    /** Groups (cohorts) of schools: leads, members, shared meetings with attendance; capacity and size hold under a lock. */
    groups: createGroupsRepo(connection),
    /** Soft-rule flags of trajectories (raised with events by `appendEvent`), acknowledged by coaches. */
    flags: createFlagsRepo(connection),
    /** Sign-offs by people without an account (one-time links, paper), counted for the guard `signedOff`. */
    signoffs: createSignoffsRepo(connection),
    /** Runs `work` in one transaction; pass `tx` to repository writes (e.g. a change and its audit entry). */
    transaction: <T>(work: (tx: Executor) => Promise<T>): Promise<T> => databaseOf(connection).transaction((tx) => work(tx)),
    /** Whether the database answers now: one `select 1` (the server's readiness check, GET /readyz). */
    ping: async (): Promise<void> => {
      await databaseOf(connection).execute(sql`select 1`);
    },
    close: () => connection.close(),
  };
}

export type Store = Awaited<ReturnType<typeof createStore>>;
