import { type CompiledDefinition, type JsonObject, canReadWholeForm, describe } from '@koers/engine';
import type { Draft, SchoolScope, Store, Trajectory } from '@koers/store';
import { canSeeTrajectory, placeOf, rolesAt } from '../access';
import { bestuurReach, scopeFor } from '../role-scope';
import type { Clock, Viewer } from '../context';
import { Forbidden, NotFound, Unprocessable, VersionConflict } from '../errors';
import type { TypeRegistry } from '../registry';
import type { TrajectoryCache } from './cache';
import { type CalendarCache, calendarFor } from '../time/calendar';
import { visitedSteps } from './progress';
import { snapshotOf } from './state';
import { formEditors, historyEntry, listEntryOf, openForms, trajectoryView } from './view';
import { trajectoryTime } from './time';
import { schoolTimeOf } from '../time/calendar';
import { groupContextOf, trajectoryGroupView } from '../groups/facts';
import { factsFor, factsForList } from './facts';
import { waitingOfList } from './waiting-list';

/** What the trajectory services work with. */
export interface TrajectoryDeps {
  store: Store;
  registry: TypeRegistry;
  clock: Clock;
  /** Recently read or written trajectories, so a submit usually needs no read first. */
  cache?: TrajectoryCache;
  /** Recently read school calendars (a write needs its school's calendar). */
  calendars?: CalendarCache;
}

/** The trajectories a viewer reaches (see `scopeFor`): what lists, the overview and the agenda query. */
export async function scopeOf(deps: Pick<TrajectoryDeps, 'registry'>, viewer: Viewer): Promise<SchoolScope> {
  return scopeFor(viewer, viewer.isAdmin ? new Map() : await bestuurReach(deps.registry));
}

/** The roles of its type the viewer holds in a trajectory (see `rolesAt`). */
export function rolesIn(viewer: Viewer, t: Trajectory, def: CompiledDefinition): string[] {
  return rolesAt(viewer, placeOf(t), t.id, def.definition);
}

/** Whether a viewer may acknowledge this trajectory's flags: an admin, or a coaching role of its type held in it. */
export function mayAcknowledge(viewer: Viewer, t: Trajectory, def: CompiledDefinition): boolean {
  return viewer.isAdmin || rolesIn(viewer, t, def).some((r) => def.definition.roles[r]?.coach === true);
}

/** The one answer for a trajectory that does not exist and for one the viewer may not see. */
export const notFound = () => new NotFound({ nl: 'Dit traject bestaat niet of u heeft er geen toegang toe.', en: 'This trajectory does not exist or you have no access to it.' }, '/id');

/** A trajectory the viewer may see, with its compiled definition; 404 otherwise (also for another school's). */
export async function loadVisible(deps: TrajectoryDeps, viewer: Viewer, id: string): Promise<{ t: Trajectory; def: CompiledDefinition }> {
  const t = await deps.store.trajectories.get(id);
  if (!t) throw notFound();
  const def = await deps.registry.get(t.typeId, t.typeVersion);
  if (!canSeeTrajectory(viewer, t, def.definition)) throw notFound();
  deps.cache?.set(t);
  return { t, def };
}

/** The full view of a trajectory for this viewer (see `trajectoryView`), with its time (`trajectoryTime`). */
export async function viewFor(deps: TrajectoryDeps, viewer: Viewer, t: Trajectory, def: CompiledDefinition) {
  const now = deps.clock.now();
  const [drafts, events, school, timers, group, flags, signoffs] = await Promise.all([
    deps.store.drafts.list(t.id), deps.store.trajectories.eventSummaries(t.id), schoolTimeOf(deps.store, t.school.id), deps.store.timers.pending(t.id),
    groupContextOf(deps.store, def, t.id), deps.store.flags.list(t.id), deps.store.signoffs.list(t.id, now),
  ]);
  const facts = await factsFor(deps, def, t, { group });
  const view = trajectoryView({ def, trajectory: t, roles: rolesIn(viewer, t, def), drafts, events, now, calendar: school.calendar, flags, facts, signoffs });
  return {
    ...view, mayAcknowledgeFlags: mayAcknowledge(viewer, t, def), time: trajectoryTime({ def, trajectory: t, school, timers, now }),
    ...(group ? { group: trajectoryGroupView(def, group, t.id) } : {}),
  };
}

/**
 * Where a trajectory stands, for its diagram: the active steps (overdue ones named), and every step it has
 * been in according to its event log.
 */
export async function positionOf(deps: TrajectoryDeps, t: Trajectory, def: CompiledDefinition) {
  const [events, calendar] = await Promise.all([deps.store.trajectories.eventSummaries(t.id), calendarFor(deps, t.school.id)]);
  const now = deps.clock.now();
  const steps = describe(def, snapshotOf(def, t), { calendar }).steps;
  return {
    current: t.steps,
    done: [...visitedSteps(events)],
    overdue: t.status === 'done' ? [] : steps.filter((s) => s.dueAt !== undefined && new Date(s.dueAt) < now).map((s) => s.path),
  };
}

/** Trajectories the viewer may see, optionally of one school, type or status. */
export async function listTrajectories(deps: TrajectoryDeps, viewer: Viewer, filter: {
  schoolId?: string; typeId?: string; status?: 'active' | 'done'; limit?: number; offset?: number;
}) {
  const rows = await deps.store.trajectories.list({ scope: await scopeOf(deps, viewer), ...filter });
  const now = deps.clock.now();
  const typed = await Promise.all(rows.map(async (t) => ({ t, def: await deps.registry.get(t.typeId, t.typeVersion) })));
  // Sign-offs (only for a type that asks for them), groups and drafts ("concept klaar") are read for the whole list at once.
  const [facts, drafts] = await Promise.all([factsForList(deps, typed), deps.store.drafts.formsOf(rows.map((t) => t.id))]);
  const listed = typed.map(({ t, def }) => ({ ...t, def, facts: facts.get(t.id)! }));
  const waiting = await waitingOfList(deps, listed, now);
  return listed.map(({ def, facts: known, ...t }) => ({
    ...listEntryOf(def, t, rolesIn(viewer, t, def), now, known, drafts.get(t.id)), waitingFor: waiting.get(t.id)!.view,
  }));
}

/**
 * The audit of a trajectory: every event with who sent it, in which role, with which data (a form's answers as
 * the viewer's roles may read them: `formAccess`); with `limit`, one page of it, keyset on seq (`before`).
 */
export async function eventLog(deps: TrajectoryDeps, viewer: Viewer, id: string, page: { before?: number | undefined; limit?: number | undefined } = {}) {
  const { t, def } = await loadVisible(deps, viewer, id);
  const events = page.limit === undefined && page.before === undefined ? deps.store.trajectories.events(t.id)
    : deps.store.trajectories.eventPage(t.id, { limit: page.limit ?? t.version, ...(page.before === undefined ? {} : { before: page.before }) });
  const [loaded, flags] = await Promise.all([events, deps.store.flags.list(t.id)]);
  const roles = rolesIn(viewer, t, def);
  return loaded.map((e) => historyEntry(def, e, flags, roles));
}

/** Someone else saved (or the form was submitted) since the writer's version: 409 with what is there now. */
function draftConflict(current: Draft | undefined) {
  const who = current?.updatedBy?.name;
  return new VersionConflict(current ? {
    nl: `${who ?? 'Iemand anders'} heeft dit concept intussen gewijzigd; uw laatste wijziging is niet opgeslagen.`,
    en: `${who ?? 'Someone else'} changed this draft in the meantime; your latest change was not saved.`,
  } : {
    nl: 'Dit concept bestaat niet meer (het formulier is intussen ingediend); uw laatste wijziging is niet opgeslagen.',
    en: 'This draft no longer exists (the form was submitted in the meantime); your latest change was not saved.',
  }, '/baseUpdatedAt', { draft: current ? { data: current.data, updatedAt: current.updatedAt, updatedBy: current.updatedBy } : null });
}

/**
 * Autosaves a form's draft. Only a form a current step shows, and only for someone whose role at the
 * school is one that step waits for or that may submit the form. With `base` (the `updatedAt` the writer
 * started from, null for none) a save over someone else's newer draft is refused with 409; without, the last
 * save wins.
 */
export async function saveDraft(deps: TrajectoryDeps, viewer: Viewer, id: string, formId: string, data: Record<string, unknown>, base?: string | null) {
  const { t, def } = await loadVisible(deps, viewer, id);
  const view = describe(def, snapshotOf(def, t));
  if (!openForms(view).includes(formId)) {
    throw new Unprocessable({
      nl: `Formulier "${formId}" hoort niet bij de huidige stap van dit traject.`, en: `Form "${formId}" is not part of this trajectory's current step.`,
    }, [], '/formId');
  }
  const editors = formEditors(view, formId);
  const roles = rolesIn(viewer, t, def);
  if (!roles.some((r) => editors.has(r))) {
    throw new Forbidden({ nl: 'Uw rol op deze school mag dit formulier niet invullen.', en: 'Your role at this school may not fill in this form.' }, '/formId');
  }
  // A draft of answers one may not (all) read would show them back or wipe the hidden ones: refused (formAccess).
  if (!canReadWholeForm(def.definition, formId, roles)) {
    throw new Forbidden({ nl: 'Uw rol mag (een deel van) dit formulier niet lezen, en dus niet invullen.', en: 'Your role may not read (part of) this form, and so may not fill it in.' }, '/formId');
  }
  // The store keeps drafts as `unknown`; what it gives back is the JSON object saved here.
  const input = { trajectoryId: t.id, formId, data, at: deps.clock.now(), by: viewer.userId };
  if (base === undefined) {
    const draft = await deps.store.drafts.save(input);
    return { formId, data: draft.data as JsonObject, updatedAt: draft.updatedAt, updatedBy: { id: viewer.userId, name: viewer.name } };
  }
  const saved = await deps.store.drafts.saveIf(input, base);
  if (saved.kind === 'conflict') throw draftConflict(saved.current);
  return { formId, data: saved.draft.data as JsonObject, updatedAt: saved.draft.updatedAt, updatedBy: { id: viewer.userId, name: viewer.name } };
}
