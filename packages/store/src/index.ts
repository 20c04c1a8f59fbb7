export { connect, dumpMigrated, isNewDataDir, type Connection, type Db, type StoreOptions } from './create';
export { cachedPgliteTemplate, migrationsHash, pgliteTemplate, pgliteTemplateFile, writeWhole } from './template';
export { DataDirLocked, lockDataDir } from './lock';
export * as schema from './schema';
export { createStore, type Store } from './store';
export { type Database, type Executor, iso } from './repos/database';
export { type Organisation, type NewOrganisation, type OrganisationChanges, type OrganisationsRepo, type Region, REGIONS } from './repos/organisations';
export {
  type User, type UserMembership, type UserWithMemberships, type NewUser, type UsersRepo, normalizeEmail,
} from './repos/users';
export { type Membership, type MemberOfOrganisation, type NewMembership, type MembershipsRepo } from './repos/memberships';
export { type Session, type NewSession, type SessionsRepo } from './repos/sessions';
export { type LoginState, type LoginsRepo } from './repos/logins';
export { type ApiToken, type ApiTokensRepo } from './repos/api-tokens';
export {
  type Invitation, type InvitationView, type NewInvitation, type Acceptance, type AcceptResult, type InvitationsRepo,
} from './repos/invitations';
export { type AuditEntry, type NewAuditEntry, type AuditPage, type AuditRepo } from './repos/audit';
export {
  type TypeVersion, type TypeVersionSummary, type TypeVersionHistory, type NewTypeVersion, type PublishResult, type TypeVersionsRepo,
} from './repos/type-versions';
export {
  type TypeDraft, type NewTypeDraft, type DraftWrite, type DraftPublish, type DraftPublication, type PersonRef, type TypeDraftsRepo,
} from './repos/type-drafts';
export {
  START_EVENT, type NewTrajectory, type CreateResult, type TrajectoryFilter, type TrajectoriesRepo,
  type Trajectory, type TrajectoryState, type StoredEvent, type EventSummary, type SchoolScope, type AppendResult, type NewEvent, type GroupPlace,
} from './repos/trajectories';
export { type CalendarFeedsRepo } from './repos/calendar-feeds';
export { requestHash } from './repos/request-hash';
export { TIMER_KEY_PREFIX, GROUP_KEY_PREFIX } from './repos/timer-plan';
export { type CalendarDay, type SchoolCalendarData, type CalendarDaysRepo } from './repos/calendar-days';
export {
  DUE_TIMERS_QUERY, type Timer, type TimersRepo, type TimerBatch, type ClaimedTimer, type RemindResult, type ScheduledTimer, type DueTimer, type UpcomingTimer,
} from './repos/timers';
export { type Draft, type DraftInput, type DraftsRepo } from './repos/drafts';
export { type Flag, type Acknowledgement, type AcknowledgeResult } from './repos/flags';
export type { NewFlag } from './repos/append-event';
export { type DerivedDifference } from './repos/derived-check';
export { type StepCount, type OverviewItem, type OverviewListQuery, type OverviewQuery, type OverviewRepo, type VersionCount } from './repos/overview';
export { type SentReminders, type SentRemindersRepo } from './repos/sent-reminders';
export { type ScanRepo } from './repos/scan';
export { SCHOOL_AUDIT_CURSOR, type SchoolAuditEntry, type SchoolAuditPage, type SchoolAuditRepo } from './repos/school-audit';
export { BACKUP_FORMAT, type BackupHeader, writeBackup } from './backup/write';
export { restoreBackup } from './backup/restore';
export { BackupRefused } from './backup/errors';
export { type EffectRow, type ClaimedEffect, type NewEffect, type EffectsRepo } from './repos/effects';
export { type Notification, type NewNotification, type Candidate, type NotificationsRepo } from './repos/notifications';
export { type Mail, type MailStatus, type NewMail, type MailsRepo, MAIL_STATUSES } from './repos/mails';
export { type UserSettings, type UserSettingsRepo, DEFAULT_SETTINGS } from './repos/user-settings';
export {
  type Group, type GroupMember, type GroupCandidate, type GroupMeeting, type PresentPerson as GroupPresentPerson, type NewGroup, type NewMember, type NewMeeting,
  type CreateGroupResult, type AddMemberResult, type RecordMeetingResult, type GroupsRepo, type InTransaction,
} from './repos/groups';
export { type TxRun } from './repos/statement';
export { type Signoff, type SignoffStatus, type NewSignoffRequest, type PaperSignoff, type SignoffsRepo } from './repos/signoffs';
