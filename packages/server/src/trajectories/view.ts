import {
  type CompiledDefinition, type Facts, type JsonObject, type SchoolCalendar, type TrajectorySnapshot, canReadForm, canReadWholeForm, describe,
  eventsFor, prefillFor, readableAnswers, readableForms, waitingNow,
} from '@koers/engine';
import type { Draft, EventSummary, Flag, Signoff, Trajectory } from '@koers/store';
import { signoffEntry, stepSignoffs } from '../signoffs/specs';
import { progressOf } from './progress';
import { snapshotOf } from './state';
import { contextSummary, daysBetween, eventLabel, formRef, roleRef, stepRef } from './labels';
import { blockedNow } from './conditions';
import { eventPresentation, usedUp } from './confirmation';
import { documentsOf, eventForm, formShape } from './documents';
import { eventActor } from './actor';
import { flagView, flagsOfEvent } from './flag-view';
import { prefillView } from './prefill-view';

/** The forms open now: those the current steps show and those the events of those steps carry. */
export function openForms(view: Pick<ReturnType<typeof describe>, 'steps' | 'events'>): string[] {
  return [...new Set([...view.steps.flatMap((s) => s.forms), ...view.events.flatMap((e) => (e.form ? [e.form] : []))])];
}

/** The roles that may edit a form now: those the showing steps wait for and those who may submit it. */
export function formEditors(view: Pick<ReturnType<typeof describe>, 'steps' | 'events'>, formId: string): Set<string> {
  const roles = new Set<string>();
  for (const step of view.steps) if (step.forms.includes(formId)) step.roles.forEach((r) => roles.add(r));
  for (const event of view.events) if (event.form === formId) event.roles.forEach((r) => roles.add(r));
  return roles;
}

/** How many events the trajectory page and each further page of its history show. */
export const HISTORY_PAGE = 50;

/**
 * One entry of a trajectory's history, with the event's label, the step titles and the flags the event raised; with
 * `readers` (the viewer's roles) also the data the event carried, as those roles may read it (`formAccess`: null for
 * a form they may not read).
 */
export function historyEntry(def: CompiledDefinition, e: EventSummary & { data?: unknown }, flags: readonly Flag[], readers?: readonly string[]) {
  const form = eventForm(def, e);
  const withData = readers !== undefined;
  return {
    seq: e.seq, type: e.type, label: eventLabel(def, e.type), at: e.at, actor: eventActor(e), roles: e.actorRoles.map((r) => roleRef(def, r)),
    ...(e.reason ? { reason: e.reason } : {}),
    from: e.stepsBefore.map((p) => stepRef(def, p)), to: e.stepsAfter.map((p) => stepRef(def, p)),
    ...(form ? { form: formRef(def, form) } : {}),
    flags: flagsOfEvent(flags, e.seq),
    // The store keeps event data as `unknown`; the engine only ever records a JSON object (or none).
    ...(withData ? { data: readableData(def, form, (e.data ?? null) as JsonObject | null, readers) } : {}),
  };
}

/** Data an event carried, as these roles may read it: a form's answers redacted by the type's `formAccess`. */
function readableData(def: CompiledDefinition, form: string | undefined, data: JsonObject | null, roles: readonly string[]): JsonObject | null {
  return form === undefined || data === null ? data : readableAnswers(def.definition, form, data, roles);
}

/** A trajectory in a list: where it is and when it is due. */
export function summaryOf(def: CompiledDefinition, t: Trajectory, now: Date) {
  return {
    id: t.id, type: { id: t.typeId, version: t.typeVersion, title: def.definition.title },
    school: { id: t.school.id, name: t.school.name }, subject: t.subject, label: t.label, status: t.status, version: t.version,
    steps: t.steps.map((p) => stepRef(def, p)), dueAt: t.dueAt, overdue: t.dueAt !== null && new Date(t.dueAt) < now,
    lastActivityAt: t.lastActivityAt, createdAt: t.createdAt,
  };
}

/**
 * The events these roles may send now, as the API shows them; one without a form whose conditions do not hold
 * carries them as `blocked` (the page shows the button disabled with that reason).
 */
function myEvents(
  def: CompiledDefinition, snapshot: TrajectorySnapshot, view: Pick<ReturnType<typeof describe>, 'events' | 'steps'>, roles: string[], now: Date, facts?: Facts,
) {
  const active = view.steps.map((s) => s.path);
  return eventsFor(view.events, roles).flatMap((e) => {
    const blocked = e.form ? undefined : blockedNow(def, snapshot, active, e.type, roles, now, facts);
    // An event that could be sent once and was (its condition can never hold again) is left out, not shown as "not yet".
    if (usedUp(def, snapshot, active, e.type, blocked !== undefined)) return [];
    return [{
      type: e.type, label: e.label, step: e.step, ...(e.form ? { form: e.form } : {}), requiredFields: e.requiredFields, ...(blocked ? { blocked } : {}),
      ...eventPresentation(def, active, e.type, e.form !== undefined),
    }];
  });
}

/**
 * A list entry for one viewer: the summary plus the events their roles may send now ("what is expected of me") and
 * the forms with a draft waiting that the viewer may go on with (`draftForms`: the forms of the trajectory with a draft).
 */
export function listEntryOf(def: CompiledDefinition, t: Trajectory, roles: string[], now: Date, facts?: Facts, draftForms: readonly string[] = []) {
  const snapshot = snapshotOf(def, t);
  const view = describe(def, snapshot);
  return { ...summaryOf(def, t, now), events: myEvents(def, snapshot, view, roles, now, facts), drafts: waitingDrafts(def, view, roles, draftForms) };
}

/** The forms open now with a draft that one of these roles may go on with ("concept klaar"). */
function waitingDrafts(def: CompiledDefinition, view: Pick<ReturnType<typeof describe>, 'steps' | 'events'>, roles: readonly string[], draftForms: readonly string[]) {
  const open = openForms(view);
  return draftForms.filter((id) => open.includes(id) && roles.some((r) => formEditors(view, id).has(r)) && canReadWholeForm(def.definition, id, roles))
    .map((id) => formRef(def, id));
}

/**
 * A trajectory as one viewer may see it: the current steps with their instructions and due times, the
 * forms of those steps with the shared draft, the events the viewer's roles may send now, progress
 * through the definition's steps, the history and the context's budgets, counters and dates.
 */
export function trajectoryView(input: {
  def: CompiledDefinition; trajectory: Trajectory; roles: string[]; drafts: Draft[]; now: Date;
  /** Every event, oldest first, without its data (`eventSummaries`). */
  events: readonly EventSummary[];
  /** Every flag of the trajectory (open and acknowledged), oldest first. */
  flags: Flag[];
  /** The school's calendar: the steps' due dates move off holidays as the stored ones do. */
  calendar?: SchoolCalendar;
  /** What the server knows beyond the snapshot (`factsFor`): for the events' conditions and carried-over answers. */
  facts?: Facts;
  /** The trajectory's sign-offs (`meta.signoff`), oldest first. */
  signoffs?: Signoff[];
}) {
  const { def, trajectory: t, roles, drafts, events, now, flags } = input;
  const snapshot = snapshotOf(def, t);
  const view = describe(def, snapshot, input.calendar ? { calendar: input.calendar } : {});
  const formIds = openForms(view);
  const waits = waitingNow(def, snapshot, now, input.facts, input.calendar);
  return {
    ...summaryOf(def, t, now),
    // Roles of other trajectory types at the same school play no part here.
    roles: roles.filter((r) => Object.hasOwn(def.definition.roles, r)).map((r) => roleRef(def, r)),
    steps: view.steps.map((s) => ({
      ...stepRef(def, s.path), ...(s.instructions ? { instructions: s.instructions } : {}),
      roles: s.roles.map((r) => roleRef(def, r)), canAct: (waits.steps[s.path] ?? []).map((r) => roleRef(def, r)),
      forms: s.forms.map((f) => formRef(def, f)),
      reference: s.reference.map((f) => formRef(def, f)),
      // A finished track of a parallel step waits there for the other tracks; nobody has to act in it.
      ...(t.status === 'active' && def.index.states.get(s.path)?.kind === 'final' ? { finished: true as const } : {}),
      ...(s.expectedDuration ? { expectedDuration: s.expectedDuration } : {}),
      enteredAt: s.enteredAt, daysInStep: daysBetween(s.enteredAt, now),
      dueAt: t.status === 'done' ? null : s.dueAt ?? null, overdue: t.status !== 'done' && s.dueAt !== undefined && new Date(s.dueAt) < now,
    })),
    forms: formIds.map((id) => {
      const draft = drafts.find((d) => d.formId === id);
      const editors = formEditors(view, id);
      // Answers a viewer may not read never leave the server (formAccess); only who reads the whole form may edit it.
      const readable = canReadForm(def.definition, id, roles);
      const submitted = snapshot.context.forms[id] ?? null;
      // Answers carry over only into a form not submitted yet (`meta.prefill`), for a viewer who reads it whole, and only
      // from answers that viewer may read. The form starts from them while it has no draft; with a draft they stay, so
      // the page can still say which answers came from where (and offer to start empty).
      const prefill = submitted || !canReadWholeForm(def.definition, id, roles) ? undefined
        : prefillFor(def, { context: { ...snapshot.context, forms: readableForms(def.definition, snapshot.context.forms, roles) } },
          view.steps.map((s) => s.path), id, input.facts, now.toISOString());
      return {
        ...formShape(def, id),
        submitted: submitted ? readableAnswers(def.definition, id, submitted, roles) : null,
        draft: draft && readable ? { data: readableAnswers(def.definition, id, draft.data as JsonObject, roles)!, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy } : null,
        ...(prefill && Object.keys(prefill.sources).length > 0 ? { prefill: prefillView(def, prefill, events, snapshot.context.periods) } : {}),
        editable: roles.some((r) => editors.has(r)) && canReadWholeForm(def.definition, id, roles),
        readable,
      };
    }),
    signoffs: {
      asked: t.status === 'done' ? [] : stepSignoffs(def, t.steps, roles),
      list: (input.signoffs ?? []).map((s) => signoffEntry(def, s, roles)),
    },
    documents: documentsOf({ def, forms: readableForms(def.definition, snapshot.context.forms, roles), events, open: formIds, referencedBy: referencing(view.steps) }),
    events: myEvents(def, snapshot, view, roles, now, input.facts),
    progress: progressOf(def, t.steps, events),
    // The latest page of the history; earlier pages come from the event log (`before`), however long it grows.
    history: events.slice(-HISTORY_PAGE).map((e) => historyEntry(def, e, flags)),
    historyTotal: events.length,
    flags: flags.map((f) => {
      // The log has no gaps: event `seq` is the seq-th.
      const event = f.seq === null ? undefined : events[f.seq - 1];
      return { ...flagView(f), ...(event ? { eventLabel: eventLabel(def, event.type) } : {}) };
    }),
    context: contextSummary(def, snapshot.context),
  };
}

/** Per form, the current steps that show it for reference. */
function referencing(steps: ReadonlyArray<{ path: string; reference: string[] }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const step of steps) for (const id of step.reference) out.set(id, [...(out.get(id) ?? []), step.path]);
  return out;
}

export type TrajectoryView = ReturnType<typeof trajectoryView>;
