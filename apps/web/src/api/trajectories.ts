import type { FormDefinition, JsonObject } from '@koers/engine';
import { type Answer, answer, api, path } from './client';

/** The answers of /api/trajectories, typed by the server's route declarations (packages/server/src/schemas/trajectories.ts). */
export type TrajectoryView = Answer<typeof api.trajectories[':id']['$get']>;
/** A list entry: the summary plus the events my roles may send now. */
export type TrajectoryListEntry = Answer<typeof api.trajectories['$get']>[number];
export type TrajectorySummary = Omit<TrajectoryListEntry, 'events'>;
export type StepRef = TrajectorySummary['steps'][number];
export type StepView = TrajectoryView['steps'][number];
export type RoleRef = TrajectoryView['roles'][number];
export type ContextSummary = TrajectoryView['context'];
/** A budget of the trajectory's context: hours used of the total, in the definition's unit. */
export type ContextBudget = ContextSummary['budgets'][number];
export type ContextCounter = ContextSummary['counters'][number];
/** A form open in the current step, with the shared draft. */
export type FormView = TrajectoryView['forms'][number];
/** A form filled in earlier and not open now: read-only, with who submitted it last and when. */
export type DocumentView = TrajectoryView['documents'][number];
/** A form as the definition gives it: what FormStep needs to render it. */
export type FormShape = Pick<FormView, 'id' | 'title' | 'description' | 'schema' | 'uischema' | 'i18n' | 'access'> & { rules?: FormView['rules'] };
/** Who may read a restricted form (the type's formAccess). */
export type FormAccessView = NonNullable<FormView['access']>;
export type EventOption = TrajectoryView['events'][number];
/** The audit of a school (GET /api/schools/:id/audit): its trajectories' events and the notes about the school. */
export type SchoolAudit = Answer<typeof api.schools[':id']['audit']['$get']>;
export type SchoolEventEntry = Extract<SchoolAudit['entries'][number], { kind: 'event' }>;
export type SchoolAuditNote = Extract<SchoolAudit['entries'][number], { kind: 'audit' }>;
/** A saved draft as the API answers it. */
export type SavedDraft = Answer<typeof api.trajectories[':id']['drafts'][':formId']['$put']>;
/** One event of the log as GET /api/trajectories/:id/events gives it: the history entry with the data it carried. */
export type EventLogEntry = Answer<typeof api.trajectories[':id']['events']['$get']>[number];

export const listTrajectories = (schoolId?: string) =>
  answer(api.trajectories.$get({ query: schoolId ? { schoolId } : {} }));

export function getSchoolAudit(schoolId: string, before?: string) {
  // Not a literal: while the schools routes declare no query, the client's type has no `query` (it sends it all the same).
  const args = { param: path({ id: schoolId }), query: { limit: '25', ...(before ? { before } : {}) } };
  return answer(api.schools[':id'].audit.$get(args));
}
export const getTrajectory = (id: string) => answer(api.trajectories[':id'].$get({ param: path({ id }) }));

/**
 * Saves a draft over the version the page started from (`base`: its `updatedAt`, null for none): a colleague's
 * newer save answers 409 with theirs in `error.details.draft` (see `draftConflictOf`).
 */
export const saveDraft = (id: string, formId: string, data: JsonObject, base: string | null) =>
  answer(api.trajectories[':id'].drafts[':formId'].$put({ param: path({ id, formId }), json: { data, baseUpdatedAt: base } }));

/** The draft that is there now, from a 409 on a draft save (null when it is gone, e.g. submitted). */
export function draftConflictOf(details: unknown): { data: JsonObject; updatedAt: string; updatedBy: { name: string | null } | null } | null {
  const draft = (details as { draft?: unknown } | undefined)?.draft;
  return draft && typeof draft === 'object' ? draft as { data: JsonObject; updatedAt: string; updatedBy: { name: string | null } | null } : null;
}

/** Sends an event; one Idempotency-Key per click, so a retried request never records it twice. */
export const sendEvent = (id: string, body: { type: string; data?: JsonObject; expectedVersion: number; reason?: string }, key: string) =>
  answer(api.trajectories[':id'].events.$post({ param: path({ id }), json: body }, { headers: { 'idempotency-key': key } }));

/** A form from the view in the shape FormStep renders. */
export function formDefinition(form: FormShape): FormDefinition {
  return {
    id: form.id, title: form.title, schema: form.schema,
    ...(form.description ? { description: form.description } : {}),
    ...(form.uischema ? { uischema: form.uischema } : {}),
    ...(form.i18n ? { i18n: form.i18n } : {}),
    ...(form.rules ? { rules: form.rules } : {}),
  } as FormDefinition;
}

/** A flag of the trajectory (a soft rule that did not hold), open or acknowledged. */
export type FlagView = TrajectoryView['flags'][number];

/** A coach acknowledges a flag, with an optional note. */
export const acknowledgeFlag = (id: string, flagId: string, note: string) =>
  answer(api.trajectories[':id'].flags[':flagId'].acknowledge.$post({ param: path({ id, flagId }), json: note.trim() ? { note } : {} }));

/** The event log with each event's data: all of it, or one page (`limit` events before seq `before`, oldest first). */
export const getEventLog = (id: string, page: { before?: number; limit?: number } = {}) => answer(api.trajectories[':id'].events.$get({
  query: {
    ...(page.before === undefined ? {} : { before: String(page.before) }), ...(page.limit === undefined ? {} : { limit: String(page.limit) }),
  },
  param: path({ id }),
}));
