import {
  type CompiledDefinition, type EventView, type JsonObject, type StepView, TransitionRejected, describe, eventFormIn, eventsFor, send,
} from '@koers/engine';
import { type StoredEvent, requestHash } from '@koers/store';
import { canSeeTrajectory } from '../access';
import type { Viewer } from '../context';
import { NotFound, Unprocessable, VersionConflict } from '../errors';
import { type TrajectoryDeps, loadVisible, notFound, rolesIn, viewFor } from './service';
import { explainRejection } from './conditions';
import { snapshotOf } from './state';
import { writePlan } from './outbox';
import { calendarFor } from '../time/calendar';
import { stepRef } from './labels';
import { factsFor } from './facts';
import { checkedReason } from './confirmation';

export interface EventRequest {
  type: string;
  data?: JsonObject;
  expectedVersion: number;
  /** The reason, where the event asks for one (`meta.events.<E>.reason`). */
  reason?: string;
}

/** What a sent event answers: the event, the trajectory where it is now, and what the engine asked to do. */
function answer(def: CompiledDefinition, t: { id: string; version: number; status: 'active' | 'done' }, view: { steps: StepView[]; events: EventView[] },
  roles: string[], event: { seq: number; type: string; at: string }) {
  return {
    event,
    trajectory: {
      id: t.id, version: t.version, status: t.status, steps: view.steps.map((s) => stepRef(def, s.path)),
      events: eventsFor(view.events, roles).map((e) => ({ type: e.type, label: e.label, ...(e.form ? { form: e.form } : {}), requiredFields: e.requiredFields })),
    },
  };
}

async function conflict(deps: TrajectoryDeps, viewer: Viewer, id: string): Promise<VersionConflict> {
  const { t, def } = await loadVisible(deps, viewer, id);
  return new VersionConflict({
    nl: `Dit traject is intussen gewijzigd (nu versie ${t.version}). Bekijk de nieuwe stand en probeer het opnieuw.`,
    en: `This trajectory has changed in the meantime (now version ${t.version}). Look at the new state and try again.`,
  }, '/expectedVersion', { currentVersion: t.version, trajectory: await viewFor(deps, viewer, t, def) });
}

const KEY_REUSED = {
  nl: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek (andere gebeurtenis of andere gegevens); gebruik een nieuwe sleutel.',
  en: 'This Idempotency-Key was already used for another request (another event or other data); use a new key.',
};

/** Refuses an idempotency key that came with another request before (as Stripe does: 422); nothing is written. */
function keyReused(): Unprocessable {
  return new Unprocessable(KEY_REUSED, [{ path: '/headers/idempotency-key', message: KEY_REUSED }], '/headers/idempotency-key');
}

/** The event an idempotency key produced before, answered again; refused (422) if it was another request. */
async function replay(deps: TrajectoryDeps, viewer: Viewer, id: string, earlier: StoredEvent, request: EventRequest) {
  // Events stored before request hashes were kept carry none: then only the type can be compared.
  const same = earlier.requestHash === null ? earlier.type === request.type : earlier.requestHash === requestHash(request.type, request.data);
  if (!same) throw keyReused();
  const { t, def } = await loadVisible(deps, viewer, id);
  const view = describe(def, snapshotOf(def, t));
  return { status: 200 as const, replayed: true, effects: [], flags: [], ...answer(def, t, view, rolesIn(viewer, t, def), { seq: earlier.seq, type: earlier.type, at: earlier.at }) };
}

/**
 * Sends an event to a trajectory: the engine checks step, role, form data and guards with the roles the
 * viewer holds at the school; the store appends it only if the trajectory is still at `expectedVersion`
 * (409 with the current view otherwise). With an idempotency key a retried request gets the first
 * answer back and writes nothing. The submitted form's draft is removed in the same statement.
 * In the steady state this is one database round trip: the trajectory at `expectedVersion` usually
 * comes from the cache, and the key is only looked up when something does not fit.
 */
export async function sendEvent(deps: TrajectoryDeps, viewer: Viewer, id: string, request: EventRequest, idempotencyKey?: string) {
  const earlier = async () => (idempotencyKey === undefined ? undefined : deps.store.trajectories.eventByKey(id, idempotencyKey));
  const cached = deps.cache?.at(id, request.expectedVersion);
  const cachedDef = cached && await deps.registry.get(cached.typeId, cached.typeVersion);
  if (cached && cachedDef && !canSeeTrajectory(viewer, cached, cachedDef.definition)) throw notFound();
  const { t, def } = cached && cachedDef ? { t: cached, def: cachedDef } : await loadVisible(deps, viewer, id);
  if (request.expectedVersion !== t.version) {
    const before = await earlier();
    if (before) return replay(deps, viewer, t.id, before, request);
    throw await conflict(deps, viewer, t.id);
  }
  const roles = rolesIn(viewer, t, def);
  const reason = checkedReason(def, t.steps, request.type, request.reason);
  const now = deps.clock.now();
  const [calendar, facts] = await Promise.all([calendarFor(deps, t.school.id), factsFor(deps, def, t)]);
  let result;
  try {
    result = send(def, snapshotOf(def, t), { type: request.type, ...(request.data === undefined ? {} : { data: request.data }) }, { actor: { id: viewer.userId, roles }, now, calendar, facts });
  } catch (error) {
    // A retry after the client re-read the trajectory: the event no longer fits, but it was sent before.
    const before = error instanceof TransitionRejected ? await earlier() : undefined;
    if (before) return replay(deps, viewer, t.id, before, request);
    throw error instanceof TransitionRejected ? explainRejection(def, t.steps, request.type, error) : error;
  }
  // The effects (outbox) and the trajectory's timers from now on are written in the event's own statement.
  const { state, outbox } = writePlan(def, result, { now, calendar });
  const written = await deps.store.trajectories.appendEvent(t.id, t.version, state, {
    type: request.type, actorId: viewer.userId, actorRoles: roles, data: request.data, at: now, stepsBefore: t.steps,
    idempotencyKey: idempotencyKey ?? null, submittedForm: eventFormIn(def, t.steps, request.type) ?? null, reason, ...outbox,
  });
  switch (written.kind) {
    case 'appended': {
      deps.cache?.set({ ...t, ...state, version: written.seq, lastActivityAt: now.toISOString() });
      return {
        status: 201 as const, replayed: false, effects: result.effects, flags: result.flags,
        ...answer(def, { id: t.id, version: written.seq, status: state.status }, result, roles, { seq: written.seq, type: request.type, at: now.toISOString() }),
      };
    }
    case 'replayed':
      return replay(deps, viewer, t.id, (await deps.store.trajectories.event(t.id, written.seq))!, request);
    case 'key-reused':
      throw keyReused();
    case 'version-conflict':
      throw await conflict(deps, viewer, t.id);
    case 'not-found':
      throw new NotFound({ nl: 'Dit traject bestaat niet meer.', en: 'This trajectory no longer exists.' }, '/id');
  }
}
