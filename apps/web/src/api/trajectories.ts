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
  dueAt: string | null;
  overdue: boolean;
  daysInStep: number;
}

export interface FormView {
  id: string;
  title: Localized;
  description?: Localized;
  schema: object;
  uischema?: object;
  i18n?: FormDefinition['i18n'];
  submitted: JsonObject | null;
  draft: { data: JsonObject; updatedAt: string } | null;
  editable: boolean;
}

export interface EventOption { type: string; label: Localized; step: string; form?: string; requiredFields: string[] }

export interface TrajectoryView extends TrajectorySummary {
  roles: RoleRef[];
  steps: StepView[];
  forms: FormView[];
  events: EventOption[];
  progress: StepperStep[];
  history: Array<HistoryEntry & { roles: string[] }>;
}

/** A list entry: the summary plus the events my roles may send now. */
export interface TrajectoryListEntry extends TrajectorySummary {
  events: EventOption[];
}

export const listTrajectories = () => apiFetch<TrajectoryListEntry[]>('/api/trajectories');
export const getTrajectory = (id: string) => apiFetch<TrajectoryView>(`/api/trajectories/${encodeURIComponent(id)}`);

export const saveDraft = (id: string, formId: string, data: JsonObject) =>
  apiFetch<unknown>(`/api/trajectories/${encodeURIComponent(id)}/drafts/${encodeURIComponent(formId)}`, { method: 'PUT', body: { data } });

/** Sends an event; one Idempotency-Key per click, so a retried request never records it twice. */
export const sendEvent = (id: string, body: { type: string; data?: JsonObject; expectedVersion: number }, key: string) =>
  apiFetch<unknown>(`/api/trajectories/${encodeURIComponent(id)}/events`, { method: 'POST', body, headers: { 'idempotency-key': key } });

/** A form from the view in the shape FormStep renders. */
export function formDefinition(form: FormView): FormDefinition {
  return {
    id: form.id, title: form.title, schema: form.schema,
    ...(form.description ? { description: form.description } : {}),
    ...(form.uischema ? { uischema: form.uischema } : {}),
    ...(form.i18n ? { i18n: form.i18n } : {}),
  } as FormDefinition;
}
