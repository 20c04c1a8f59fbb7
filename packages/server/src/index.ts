export { createApp, type AppDeps, type AppType } from './app';
export { type ErrorReport, errorReport, formatErrorReport, redactPath } from './report';
export { type RequestLog } from './http/request-log';
export { type Catalogue, findDefinition, listTypes, formsOf } from './catalogue';
export {
  NotFound, InvalidRequest, Unauthenticated, Forbidden, VersionConflict, Conflict, Unprocessable, PayloadTooLarge, TooManyRequests,
  type ApiError, isApiError,
} from './errors';
export type { Clock, Viewer, ViewerMembership, AppEnv } from './context';
export { rolesAt, canSeeSchool, canSeeBestuur, canSeeTrajectory, placeOf, requireViewer, requireAdmin, type SchoolRef, type Place } from './access';
export {
  type AuthOptions, type AuthEnv, type AuthState, hashPassword, verifyPassword, needsRehash, DEFAULT_PASSWORD_PARAMS, type PasswordParams,
  DEFAULT_LOGIN_LIMITS, type LoginLimits, SESSION_COOKIE, mayInvite,
  mayInviteTo, mayInviteSomewhere, invitationOptions, type InvitationOption,
} from './auth';
export { bodySchema, readJson } from './body';
export { createRegistry, bundleForms, type TypeRegistry, type PublishOutcome } from './registry';
export { importDraft, type DraftActor, type DraftDeps } from './type-drafts/service';
export { publishedDrift, driftProblem, driftWarning, type PublishedDrift } from './published-drift';
export { openApiDocument } from './http/openapi';
export { route } from './http/route';
export { isCoach } from './overview/service';
export { rolePolicy } from './role-policy';
export { canOf, type Can } from './can';
export type { TrajectoryView } from './trajectories/view';
export {
  verifyStore, replayTrajectory, firstDifference, type VerifyFinding, type VerifySummary, type VerifyOptions, type ReplayDifference,
} from './verify';
export { viewerOf } from './auth/deps';
export { type TrajectoryDeps, saveDraft } from './trajectories/service';
export { startTrajectory } from './trajectories/start';
export { sendEvent, type EventRequest } from './trajectories/send';
export { createGroup, showGroup, listGroups, type NewGroupRequest } from './groups/service';
export { addMember, removeMember } from './groups/members';
export { recordMeeting, type MeetingRequest } from './groups/meetings';
export { stateOf } from './trajectories/state';
export { createScheduler, type Scheduler, type SchedulerDeps, type TickResult } from './time/scheduler';
export { calendarOf, calendarFor, CalendarCache, CALENDAR_TTL_MS, DEFAULT_REGION } from './time/calendar';
export { SYSTEM_PERSON, eventActor } from './trajectories/actor';
export { writePlan } from './trajectories/outbox';
export {
  type Mailer, type MailMessage, createDelivery, type DeliveryDeps, type DeliveryResult, createMailWorker, type MailWorkerDeps,
  type MailTickResult, MAIL_BACKOFF_MS, MAIL_ATTEMPTS, DIGEST_HOUR,
} from './notify';
