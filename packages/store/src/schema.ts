import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn, bigint, bigserial, boolean, index, integer, json, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Besturen and their schools: a school's `parentId` is its bestuur. A group (cohort, `groups`) has a row of kind
 * `group` with the group's own id, so a trajectory whose subject is the group hangs at it like one at a school; the
 * organisation lists and reads leave these rows out.
 */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: ['bestuur', 'school', 'group'] }).notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  brin: text('brin'),
  /** A school's holiday region for the school calendar (`noord`, `midden`, `zuid`); null when not set or a bestuur. */
  region: text('region', { enum: ['noord', 'midden', 'zuid'] }),
  createdAt: createdAt(),
}, (t) => [index('organisations_parent_idx').on(t.parentId)]);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Always stored lower-case; unique. */
  email: text('email').notNull(),
  name: text('name').notNull(),
  /** scrypt hash in PHC-like form; null until the invitation is accepted. */
  passwordHash: text('password_hash'),
  isAdmin: boolean('is_admin').notNull().default(false),
  createdAt: createdAt(),
  disabledAt: at('disabled_at'),
}, (t) => [uniqueIndex('users_email_idx').on(t.email)]);

/**
 * A role for a user at an organisation (a school, or a bestuur for bestuur-wide roles), optionally narrowed
 * to one trajectory. Procesbegeleiders are assigned to schools with the role `procesbegeleider`.
 */
export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  trajectoryId: uuid('trajectory_id'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('memberships_unique_idx').on(t.userId, t.organisationId, t.role, sql`coalesce(${t.trajectoryId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
  index('memberships_org_idx').on(t.organisationId),
]);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** SHA-256 of the token in the link; the token itself is never stored. */
  tokenHash: text('token_hash').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull().default(''),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role').notNull(),
  /** The role for this one trajectory only (at the organisation's school or bestuur); null for the whole organisation. */
  trajectoryId: uuid('trajectory_id').references((): AnyPgColumn => trajectories.id, { onDelete: 'cascade' }),
  invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: at('expires_at').notNull(),
  acceptedAt: at('accepted_at'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('invitations_token_idx').on(t.tokenHash)]);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the session cookie value. */
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: at('expires_at').notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  lastUsedAt: at('last_used_at'),
  revokedAt: at('revoked_at'),
  /** After this the token is refused; null for tokens made before tokens expired. */
  expiresAt: at('expires_at'),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)]);

/**
 * Sign-in attempts per account, keyed by the (lower-case) e-mail typed, whether or not an account has it, so
 * unknown addresses behave alike. Shared by every server process: the login delays live here, not in memory.
 */
export const loginAccounts = pgTable('login_accounts', {
  email: text('email').primaryKey(),
  /** Failed attempts since the last successful sign-in. */
  failures: integer('failures').notNull().default(0),
  lastFailureAt: at('last_failure_at'),
  lastSignInAt: at('last_sign_in_at'),
  /** SHA-256 of the client address of the last successful sign-in. */
  lastSignInAddress: text('last_sign_in_address'),
  /** How many failed attempts came before the last successful sign-in: the notice to the account holder. */
  failuresBeforeSignIn: integer('failures_before_sign_in').notNull().default(0),
});

/** One failed sign-in per row, by client address (SHA-256), for the per-address limit; pruned after a day. */
export const loginFailures = pgTable('login_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  address: text('address').notNull(),
  email: text('email').notNull(),
  at: at('at').notNull(),
}, (t) => [index('login_failures_address_idx').on(t.address, t.at), index('login_failures_at_idx').on(t.at)]);

/**
 * A published trajectory-type version: the definition and its forms, immutable once written. Stored as
 * `json`, not `jsonb`: `jsonb` reorders object keys, and the order of steps, roles and form fields is
 * part of what the author wrote (progress, diagrams and forms show them in that order).
 */
export const typeVersions = pgTable('type_versions', {
  typeId: text('type_id').notNull(),
  version: integer('version').notNull(),
  definition: json('definition').notNull(),
  forms: json('forms').notNull(),
  publishedAt: createdAt(),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  /** The publisher's short change note ("Tussenevaluatie toegevoegd"); null for versions published without one. */
  note: text('note'),
}, (t) => [primaryKey({ columns: [t.typeId, t.version] })]);

/**
 * An administrator's unpublished trajectory type: the definition and its forms exactly as last saved (`json`, so
 * key order survives), shared by every admin. One per type id. `revision` is +1 per save: a save names the
 * revision it started from, so two admins editing at once cannot overwrite each other (409). A draft never
 * touches running trajectories; publishing it writes a new `type_versions` row and removes the draft.
 */
export const typeDrafts = pgTable('type_drafts', {
  typeId: text('type_id').primaryKey(),
  /** The published version it was started from (a copy or a new version); null for a new type. */
  basedOn: integer('based_on'),
  definition: json('definition').notNull(),
  forms: json('forms').notNull(),
  revision: integer('revision').notNull(),
  createdAt: createdAt(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: at('updated_at').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * One school's run through one type version. `snapshot` is the engine's; the other columns are derived
 * from it on every write so the coach overview can be answered from an index.
 */
export const trajectories = pgTable('trajectories', {
  id: uuid('id').primaryKey().defaultRandom(),
  typeId: text('type_id').notNull(),
  typeVersion: integer('type_version').notNull(),
  schoolId: uuid('school_id').notNull().references(() => organisations.id),
  status: text('status', { enum: ['active', 'done'] }).notNull(),
  /** Active leaf steps. */
  steps: text('steps').array().notNull(),
  /** When each of `steps` becomes overdue (same order; null for a step without an expected duration). */
  stepsDueAt: timestamp('steps_due_at', { withTimezone: true, mode: 'string' }).array().notNull(),
  /** Roles the active steps wait for. */
  waitingRoles: text('waiting_roles').array().notNull(),
  snapshot: jsonb('snapshot').notNull(),
  /** Optimistic concurrency: +1 per event; equals the seq of the last event. */
  version: integer('version').notNull(),
  enteredAt: at('entered_at').notNull(),
  dueAt: at('due_at'),
  lastActivityAt: at('last_activity_at').notNull(),
  createdAt: createdAt(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  /**
   * What the trajectory is for (issue 13): `school` (the default; `schoolId` is a school), `bestuur` (`schoolId`
   * holds the bestuur's organisation id) or `group` (`schoolId` is the group's id: its organisation row of kind
   * `group`). The type declares which (`subject`).
   */
  subject: text('subject', { enum: ['school', 'bestuur', 'group'] }).notNull().default('school'),
  /** A name that tells two trajectories of one type at one subject apart (the class, the theme); null when none. */
  label: text('label'),
  /** Soft-rule flags not yet acknowledged by a coach (kept with every write of `flags`, for the overview). */
  openFlags: integer('open_flags').notNull().default(0),
}, (t) => [
  index('trajectories_overview_idx').on(t.typeId, t.typeVersion, t.status, t.dueAt),
  index('trajectories_school_idx').on(t.schoolId),
]);

/**
 * Derived, never written by the application: how many trajectories of a type version are in each step (`kind`
 * `step`, `name` the leaf path; a trajectory in parallel steps counts in each) and in each status (`kind` `status`,
 * `name` `active` or `done`). Triggers on `trajectories` keep it in the same transaction as every insert, update
 * and delete (migration 0010), so the coach overview over every school reads a few rows instead of counting
 * 100,000; exact, not an estimate. Backups leave it out (its table comment starts with `derived:`): restoring the
 * trajectories rebuilds it. A count may stand at 0.
 */
export const typeCounts = pgTable('type_counts', {
  typeId: text('type_id').notNull(),
  typeVersion: integer('type_version').notNull(),
  kind: text('kind', { enum: ['step', 'status'] }).notNull(),
  name: text('name').notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.typeId, t.typeVersion, t.kind, t.name] })]);

/**
 * Derived like `type_counts`: each active step that has a due time, one narrow row per trajectory and step, so the
 * overview over every school counts the overdue steps of a type with an index-only scan over the overdue ones alone
 * (`trajectories.steps_due_at` is an array, which no index can range over).
 */
export const stepDues = pgTable('step_dues', {
  trajectoryId: uuid('trajectory_id').notNull(),
  step: text('step').notNull(),
  typeId: text('type_id').notNull(),
  typeVersion: integer('type_version').notNull(),
  dueAt: at('due_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.trajectoryId, t.step] }),
  index('step_dues_due_idx').on(t.typeId, t.dueAt, t.typeVersion, t.step),
]);

/** Append-only: every accepted event of a trajectory, numbered without gaps from 1 (the start). */
export const events = pgTable('events', {
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  type: text('type').notNull(),
  actorId: uuid('actor_id'),
  actorRoles: text('actor_roles').array().notNull(),
  data: jsonb('data'),
  at: at('at').notNull(),
  stepsBefore: text('steps_before').array().notNull(),
  stepsAfter: text('steps_after').array().notNull(),
  idempotencyKey: text('idempotency_key'),
  /** SHA-256 of the request the idempotency key was first used for (type and canonical data); see `requestHash`. */
  requestHash: text('request_hash'),
  /** The reason given with the event, where its definition asks for one (`meta.events.<E>.reason`). */
  reason: text('reason'),
}, (t) => [
  primaryKey({ columns: [t.trajectoryId, t.seq] }),
  uniqueIndex('events_idempotency_idx').on(t.trajectoryId, t.idempotencyKey),
]);

/** Autosaved, not yet submitted form data: one per trajectory and form. */
export const drafts = pgTable('drafts', {
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  formId: text('form_id').notNull(),
  data: jsonb('data').notNull(),
  updatedAt: at('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
}, (t) => [primaryKey({ columns: [t.trajectoryId, t.formId] })]);

/** What happened outside trajectory events: logins, publications, memberships, invitations. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: at('at').notNull(),
  actorId: uuid('actor_id'),
  organisationId: uuid('organisation_id'),
  trajectoryId: uuid('trajectory_id'),
  action: text('action').notNull(),
  detail: jsonb('detail'),
}, (t) => [index('audit_org_idx').on(t.organisationId, t.at), index('audit_trajectory_idx').on(t.trajectoryId, t.at)]);

/**
 * Time that acts (issue 12): what will happen to a trajectory at a moment, as rows every server process shares.
 * `kind` `event`: a timer of the definition (`meta.timers`) that sends its event as the system when due;
 * `reminder` / `escalation`: a reminder of `meta.reminders` to the roles a step waits for, or to a coach role.
 * The set of unfired rows of a trajectory is recomputed from its snapshot on every write, in the same statement
 * as the event (`key` is stable per moment, so an unchanged timer keeps its row); a row whose step was left is
 * deleted then. A worker claims due rows with `FOR UPDATE SKIP LOCKED`; firing an `event` row appends its event
 * with the idempotency key `timer:<id>` and sets `fired_at` in that same statement, so it fires exactly once.
 */
export const timers = pgTable('timers', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  /** Stable per trajectory: `<kind>:<step>:<name>:<dueAt>`. */
  key: text('key').notNull(),
  kind: text('kind', { enum: ['event', 'reminder', 'escalation'] }).notNull(),
  /** The step (state path) the timer belongs to: it is cancelled when the trajectory leaves it. */
  step: text('step').notNull(),
  /** For `event`: the event type it sends. */
  event: text('event'),
  dueAt: at('due_at').notNull(),
  /** What the engine said about it (label, roles to remind, the step's due date, ...): plain JSON. */
  detail: jsonb('detail').notNull(),
  /** The type version whose definition produced it. */
  typeVersion: integer('type_version').notNull(),
  createdAt: createdAt(),
  firedAt: at('fired_at'),
  /** `fired` (event appended / reminder written), `skipped` (the event no longer fitted: guard false, ...). */
  outcome: text('outcome', { enum: ['fired', 'skipped'] }),
  /** Why a firing was skipped or failed last (a Dutch/English message as JSON), for the coach and the admin. */
  lastError: jsonb('last_error'),
  attempts: integer('attempts').notNull().default(0),
}, (t) => [
  uniqueIndex('timers_key_idx').on(t.trajectoryId, t.key),
  // The worker's one query per poll: the earliest unfired rows.
  index('timers_due_idx').on(t.dueAt).where(sql`fired_at is null`),
]);

/**
 * The outbox of what the engine asked for (a `notify` action, a fired reminder): written in the same statement
 * as the event that caused it, so a crash between the two loses nothing; a worker turns each row into inbox
 * notifications and mails for the people it is for, and marks it processed in the same transaction.
 */
export const effects = pgTable('effects', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  /** The event that produced it (its seq), or null for a reminder fired by a timer. */
  seq: integer('seq'),
  timerId: bigint('timer_id', { mode: 'number' }),
  /** The engine's effect, plain JSON: `{ type: 'notify', roles, message }`, `{ type: 'remind', ... }`. */
  effect: jsonb('effect').notNull(),
  at: at('at').notNull(),
  processedAt: at('processed_at'),
}, (t) => [
  index('effects_pending_idx').on(t.id).where(sql`processed_at is null`),
  // The coach overview counts the reminders sent per trajectory: without this it scans every effect ever written.
  index('effects_trajectory_idx').on(t.trajectoryId),
]);

/** The in-app inbox: one row per person per thing they were told. */
export const notifications = pgTable('notifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  trajectoryId: uuid('trajectory_id').references(() => trajectories.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').references(() => organisations.id, { onDelete: 'cascade' }),
  /** `notify` (an action of the type), `reminder`, `escalation`. */
  kind: text('kind').notNull(),
  /** The step it is about, if any (a link to it). */
  step: text('step'),
  /** `{ nl, en }`. */
  title: jsonb('title').notNull(),
  body: jsonb('body'),
  /** The effect it came from: one notification per person per effect, however often the worker retries. */
  effectId: bigint('effect_id', { mode: 'number' }),
  createdAt: at('created_at').notNull(),
  readAt: at('read_at'),
}, (t) => [
  uniqueIndex('notifications_effect_user_idx').on(t.effectId, t.userId),
  index('notifications_user_idx').on(t.userId, t.createdAt),
]);

/**
 * Mails to send: written by the worker that delivers effects (or by the digest), sent by the mail worker with
 * retry and backoff; after the last attempt a row is `dead` (the admin's dead-letter list). Without SMTP_URL
 * rows stay `held`: the admin reads them in the outbox, none is dropped.
 */
export const mails = pgTable('mails', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  toAddress: text('to_address').notNull(),
  lang: text('lang', { enum: ['nl', 'en'] }).notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  status: text('status', { enum: ['pending', 'sent', 'dead', 'held'] }).notNull(),
  /** What it is for: one mail per source (`notification:<id>`, `digest:<user>:<day>`), however often retried. */
  source: text('source').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: at('next_attempt_at'),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull(),
  sentAt: at('sent_at'),
}, (t) => [
  uniqueIndex('mails_source_idx').on(t.source),
  index('mails_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
]);

/** How a person wants to be told: the language of their mails and how often (immediately, a daily digest, never). */
export const userSettings = pgTable('user_settings', {
  userId: uuid('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  lang: text('lang', { enum: ['nl', 'en'] }).notNull().default('nl'),
  mail: text('mail', { enum: ['immediate', 'digest', 'off'] }).notNull().default('immediate'),
  lastDigestAt: at('last_digest_at'),
});

/** A bestuur's own days without school (studiedagen) on top of the national holidays of its schools' region. */
export const calendarDays = pgTable('calendar_days', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  /** A local date (`2026-11-12`) in Europe/Amsterdam. */
  date: text('date').notNull(),
  title: text('title').notNull(),
  createdAt: createdAt(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
}, (t) => [uniqueIndex('calendar_days_org_date_idx').on(t.organisationId, t.date)]);

/** A person's iCal feed: the URL holds a secret token (only its SHA-256 is kept); revoked feeds answer 404. */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  revokedAt: at('revoked_at'),
}, (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash)]);

/**
 * A group (cohort) of schools in one programme (issue 13), e.g. a Voortgezet Leren schoolontwikkelingsgroep of
 * 5-7 schools: declared by the type's `groups`, formed from registered schools' trajectories, led by people holding
 * one of its `leadRoles`, with shared meetings recorded once for the group.
 */
export const groups = pgTable('groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  typeId: text('type_id').notNull(),
  name: text('name').notNull(),
  /** The programme year it runs in (`2026-2027`): capacity per year counts groups per type and year. */
  programmeYear: text('programme_year').notNull(),
  createdAt: createdAt(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  closedAt: at('closed_at'),
}, (t) => [index('groups_type_year_idx').on(t.typeId, t.programmeYear)]);

/** The people who lead a group (the two procesbegeleiders). */
export const groupLeads = pgTable('group_leads', {
  groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.groupId, t.userId] })]);

/** A school's trajectory in a group: a trajectory is in at most one group. */
export const groupMembers = pgTable('group_members', {
  groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => organisations.id),
  joinedAt: at('joined_at').notNull(),
  joinedBy: uuid('joined_by').references(() => users.id, { onDelete: 'set null' }),
}, (t) => [
  primaryKey({ columns: [t.groupId, t.trajectoryId] }),
  uniqueIndex('group_members_trajectory_idx').on(t.trajectoryId),
]);

/** A shared meeting of a group (startdag, groepsbijeenkomst, inspiratiebijeenkomst), recorded once. */
export const groupMeetings = pgTable('group_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
  /** A key of the type's `groups.meetings`. */
  kind: text('kind').notNull(),
  /** The local date it was held (`2026-11-12`, Europe/Amsterdam). */
  heldOn: text('held_on').notNull(),
  /** The answers of the meeting's form, if it has one. */
  data: jsonb('data'),
  recordedAt: at('recorded_at').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  idempotencyKey: text('idempotency_key'),
}, (t) => [
  index('group_meetings_group_idx').on(t.groupId, t.heldOn),
  uniqueIndex('group_meetings_idempotency_idx').on(t.groupId, t.idempotencyKey),
]);

/** Who of a member school was at a group meeting: `present` is `[{ name, role }]` (role as the type names it). */
export const groupAttendance = pgTable('group_attendance', {
  meetingId: uuid('meeting_id').notNull().references(() => groupMeetings.id, { onDelete: 'cascade' }),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => organisations.id),
  present: jsonb('present').notNull(),
}, (t) => [primaryKey({ columns: [t.meetingId, t.trajectoryId] })]);

/**
 * A soft rule that did not hold (issue 13): the event was recorded and the trajectory carries this flag with the
 * reason until a coach acknowledges it. `source`: `guard` (a transition's `warnings`), `form-rule` (a form rule
 * with severity `warning`), `attendance` (a group meeting's attendance rule).
 */
export const flags = pgTable('flags', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  /** The event that raised it, or null (a group meeting). */
  seq: integer('seq'),
  source: text('source', { enum: ['guard', 'form-rule', 'attendance'] }).notNull(),
  /** Stable within its source: the rule's id, or the guard's type. */
  code: text('code').notNull(),
  /** `{ nl, en }`: the reason, as the coach reads it. */
  message: jsonb('message').notNull(),
  /** Where it points, if anywhere: a form id and JSON pointer, a group meeting id. */
  detail: jsonb('detail'),
  raisedAt: at('raised_at').notNull(),
  acknowledgedAt: at('acknowledged_at'),
  acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' }),
  acknowledgeNote: text('acknowledge_note'),
}, (t) => [
  index('flags_trajectory_idx').on(t.trajectoryId, t.raisedAt),
  index('flags_open_idx').on(t.trajectoryId).where(sql`acknowledged_at is null`),
]);

/**
 * A sign-off by someone without an account (issue 13): requested by a one-time link (only the SHA-256 of its
 * token is kept) or recorded by a staff member as signed on paper. `key` names the step's `signoff` it belongs to.
 */
export const signoffs = pgTable('signoffs', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  name: text('name').notNull(),
  /** The signer's role in words (ouder, leerling, externe partner), as the type or the requester names it. */
  role: text('role').notNull(),
  email: text('email'),
  method: text('method', { enum: ['link', 'paper'] }).notNull(),
  tokenHash: text('token_hash'),
  expiresAt: at('expires_at'),
  requestedAt: at('requested_at').notNull(),
  requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
  signedAt: at('signed_at'),
  /** The local date written on a paper sign-off. */
  signedOn: text('signed_on'),
  revokedAt: at('revoked_at'),
}, (t) => [
  index('signoffs_trajectory_idx').on(t.trajectoryId),
  uniqueIndex('signoffs_token_idx').on(t.tokenHash),
]);
