import type { FormDefinition, JsonObject, Localized } from '@koers/engine';
import type { HistoryEntry, StepperStep } from '@koers/runner';
import { apiFetch } from './client';

/** Response shapes of /api/trajectories (see packages/server/src/trajectories/view.ts). */
export interface StepRef { path: string; title: Localized }
export interface RoleRef { id: string; title: Localized }

export interface TrajectorySummary {
  id: string;
  type: { id: string; version: number; title: Localized };
  school: { id: string; name: string };
  status: 'active' | 'done';
  version: number;
  steps: StepRef[];
  dueAt: string | null;
  overdue: boolean;
  lastActivityAt: string;
}

export interface StepView extends StepRef {
  instructions?: Localized;
  roles: RoleRef[];
  forms: Array<{ id: string; title: Localized }>;
  /** A finished track of a parallel step, waiting for the other tracks: nobody acts here. */
  finished?: boolean;
  /** Forms filled in earlier that this step shows at hand, read-only. */
  reference: Array<{ id: string; title: Localized }>;
  dueAt: string | null;
  overdue: boolean;
  daysInStep: number;
  /** When the trajectory entered this step. */
  enteredAt: string;
  /** How long the step should take, ISO 8601 (`P14D`, `P1M`); absent when the definition sets none. */
  expectedDuration?: string;
}

/** A budget of the trajectory's context: hours used of the total, in the definition's unit. */
export interface ContextBudget { id: string; title: Localized; unit: Localized; limit: number; used: number }
export interface ContextCounter { id: string; title: Localized; value: number; max?: number }

/** The context summary the server sends (`contextSummary` in packages/server/src/trajectories/labels.ts). */
export interface ContextSummary {
  budgets: ContextBudget[];
  counters: ContextCounter[];
  dates: Array<{ key: string; title: Localized; value: string }>;
  period: number;
}

/** A form as the definition gives it: what FormStep needs to render it. */
export interface FormShape {
  id: string;
  title: Localized;
  description?: Localized;
  schema: object;
  uischema?: object;
  i18n?: FormDefinition['i18n'];
}

/** A form open in the current step, with the shared draft. */
export interface FormView extends FormShape {
  submitted: JsonObject | null;
  draft: { data: JsonObject; updatedAt: string } | null;
  editable: boolean;
}

/** A form filled in earlier and not open now: read-only, with who submitted it last and when. */
export interface DocumentView extends FormShape {
  data: JsonObject;
  submittedAt: string | null;
  submittedBy: { id: string; name: string | null } | null;
  /** The current steps that show this form for reference. */
  referencedBy: string[];
}

export interface EventOption {
  type: string; label: Localized; step: string; form?: string; requiredFields: string[];
  /** Why it cannot be sent now: its conditions do not hold yet (only for events without a form). */
  blocked?: Localized;
}

export interface TrajectoryView extends TrajectorySummary {
  roles: RoleRef[];
  steps: StepView[];
  forms: FormView[];
  documents: DocumentView[];
  events: EventOption[];
  progress: StepperStep[];
  history: Array<HistoryEntry & { roles: string[]; form?: { id: string; title: Localized } }>;
  context: ContextSummary;
}

/** A list entry: the summary plus the events my roles may send now. */
export interface TrajectoryListEntry extends TrajectorySummary {
  events: EventOption[];
}

export const listTrajectories = (schoolId?: string) =>
  apiFetch<TrajectoryListEntry[]>(`/api/trajectories${schoolId ? `?schoolId=${encodeURIComponent(schoolId)}` : ''}`);

/** An event of one of a school's trajectories in its audit (GET /api/schools/:id/audit). */
export interface SchoolEventEntry extends HistoryEntry {
  kind: 'event';
  trajectory: { id: string; type: { id: string; version: number; title: Localized } };
}
/** An audit-log entry about the school: an invitation, a membership, a notification sent. */
export interface SchoolAuditNote { kind: 'audit'; at: string; id: number; action: string; actor: { id: string; name: string | null } | null }
export interface SchoolAudit {
  school: { id: string; name: string };
  entries: Array<SchoolEventEntry | SchoolAuditNote>;
  nextCursor: string | null;
}

export const getSchoolAudit = (schoolId: string, before?: string) =>
  apiFetch<SchoolAudit>(`/api/schools/${encodeURIComponent(schoolId)}/audit?limit=25${before ? `&before=${encodeURIComponent(before)}` : ''}`);
export const getTrajectory = (id: string) => apiFetch<TrajectoryView>(`/api/trajectories/${encodeURIComponent(id)}`);

/** A saved draft as the API answers it. */
export interface SavedDraft { formId: string; data: JsonObject; updatedAt: string; updatedBy: { id: string; name: string | null } | null }

/**
 * Saves a draft over the version the page started from (`base`: its `updatedAt`, null for none): a colleague's
 * newer save answers 409 with theirs in `error.details.draft` (see `draftConflictOf`).
 */
export const saveDraft = (id: string, formId: string, data: JsonObject, base: string | null) =>
  apiFetch<SavedDraft>(`/api/trajectories/${encodeURIComponent(id)}/drafts/${encodeURIComponent(formId)}`, { method: 'PUT', body: { data, baseUpdatedAt: base } });

/** The draft that is there now, from a 409 on a draft save (null when it is gone, e.g. submitted). */
export function draftConflictOf(details: unknown): { data: JsonObject; updatedAt: string; updatedBy: { name: string | null } | null } | null {
  const draft = (details as { draft?: unknown } | undefined)?.draft;
  return draft && typeof draft === 'object' ? draft as { data: JsonObject; updatedAt: string; updatedBy: { name: string | null } | null } : null;
}

/** Sends an event; one Idempotency-Key per click, so a retried request never records it twice. */
export const sendEvent = (id: string, body: { type: string; data?: JsonObject; expectedVersion: number }, key: string) =>
  apiFetch<unknown>(`/api/trajectories/${encodeURIComponent(id)}/events`, { method: 'POST', body, headers: { 'idempotency-key': key } });

/** A form from the view in the shape FormStep renders. */
export function formDefinition(form: FormShape): FormDefinition {
  return {
    id: form.id, title: form.title, schema: form.schema,
    ...(form.description ? { description: form.description } : {}),
    ...(form.uischema ? { uischema: form.uischema } : {}),
    ...(form.i18n ? { i18n: form.i18n } : {}),
  } as FormDefinition;
}

/** One event of the log as GET /api/trajectories/:id/events gives it: the history entry with the data it carried. */
export type EventLogEntry = TrajectoryView['history'][number] & { data: JsonObject | null };

export const getEventLog = (id: string) => apiFetch<EventLogEntry[]>(`/api/trajectories/${encodeURIComponent(id)}/events`);
