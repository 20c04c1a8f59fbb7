import { initialTransition, transition } from 'xstate';
import { type FieldError, type RejectionReason, TransitionRejected } from '../errors';
import type { JsonObject, Localized } from '../format/types';
import { ancestry, leafPaths } from '../format/structure';
import { EFFECT_ACTIONS } from '../vocab/params';
import type { EngineEvent, Facts } from '../vocab/data';
import { type CompiledDefinition, ENTERED } from './compile';
import { type Effect, type TrajectorySnapshot, historyToJson, toXState } from './snapshot';
import { rejectionMessage } from './messages';
import { submitCheck } from './submit-check';
import type { SchoolCalendar } from '../time/calendar';
import { stepDueAt } from '../time/due';
import { checkSender } from './sender';
import { flagsOf } from './warnings';
import { ruleWarnings } from '../forms/rules';

export interface StepView {
  path: string;
  title: Localized;
  instructions?: Localized;
  forms: string[];
  /** Forms filled in earlier that this step shows read-only (`meta.reference`). */
  reference: string[];
  roles: string[];
  expectedDuration?: string;
  enteredAt: string;
  /**
   * When the step becomes overdue: `deadline` resolved, or `expectedDuration` after entering; with a calendar,
   * moved off holidays and days off by `calendar.holidayDue`.
   */
  dueAt?: string;
}

export interface EventView {
  type: string;
  /** The state that declares the event. */
  step: string;
  label: Localized;
  roles: string[];
  form?: string;
  requiredFields: string[];
}

export interface EngineResult {
  snapshot: TrajectorySnapshot;
  steps: StepView[];
  events: EventView[];
  effects: Effect[];
  done: boolean;
  /**
   * The steps this start or event entered, in the order entered: also those passed in the same moment, such as an
   * automatic step, or a track's final step when it completes its parallel step.
   */
  entered: string[];
  /** Soft rules that did not hold (issue 13): the event is recorded and the trajectory carries these flags. */
  flags: RaisedFlag[];
}

/** A soft rule that did not hold: a transition's `warnings` entry, or a form rule with severity `warning`. */
export interface RaisedFlag {
  source: 'guard' | 'form-rule';
  /** The rule's id, or the warning guard's type. */
  code: string;
  message: Localized;
  /** Where it points: `{ form, path }` for a form rule. */
  detail?: JsonObject;
}

export interface Actor {
  id?: string;
  roles: string[];
  /** The system itself (`SYSTEM_ACTOR`): it sends timer events, and only those. */
  system?: boolean;
}

export interface SendOptions {
  actor: Actor;
  now: Date | string;
  /** The school's calendar: anchors in deadlines and due dates moved off holidays. Without it, nothing moves. */
  calendar?: SchoolCalendar;
  /** What the server knows beyond the snapshot (group, trajectory, sign-offs), for guards and expressions. */
  facts?: Facts;
}

const iso = (now: Date | string): string => (typeof now === 'string' ? new Date(now) : now).toISOString();

/**
 * Starts a trajectory. `activeCount` is how many of this type run now; with a `capacity` the start
 * is refused when it is full ("vol = vol").
 * @example const { snapshot, steps } = start(pd, { now: clock.now() });
 */
export function start(
  def: CompiledDefinition, opts: { now: Date | string; activeCount?: number; calendar?: SchoolCalendar },
): EngineResult {
  const capacity = def.definition.capacity;
  if (capacity && (opts.activeCount ?? 0) >= capacity.max) {
    throw reject('capacity-full', capacity.message);
  }
  const now = iso(opts.now);
  const [next, actions] = initialTransition(def.machine, { now });
  return result(def, next, actions, now, {}, opts.calendar);
}

/**
 * Sends an event: checks step, role, form data, required fields and guards, then transitions.
 * Throws `TransitionRejected` with a typed reason; never ignores an event silently.
 * @example send(pd, snapshot, { type: 'INTAKE_AFRONDEN', data }, { actor: { roles: ['casemanager'] }, now })
 */
export function send(
  def: CompiledDefinition,
  snapshot: TrajectorySnapshot,
  event: { type: string; data?: JsonObject },
  opts: SendOptions,
): EngineResult {
  const now = iso(opts.now);
  if (snapshot.definitionId !== def.definition.id || snapshot.definitionVersion !== def.definition.version) {
    throw reject('definition-mismatch');
  }
  if (snapshot.status === 'done') throw reject('trajectory-finished');
  const active = checkSender(def, leafPaths(snapshot.value), event.type, opts.actor);
  const context = structuredClone(snapshot.context);
  const formId = active.find((d) => d.spec.form)?.spec.form;
  // The form's warning rules that do not hold (issue 13): the event goes through and carries them as flags.
  const formFlags: RaisedFlag[] = [];
  if (formId) {
    const data = event.data;
    if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw reject('form-missing');
    }
    const form = def.forms.get(formId);
    const refusal = submitCheck(form, data, active.flatMap((d) => d.spec.requiredFields ?? []));
    if (refusal) throw reject(refusal.reason, undefined, refusal.errors);
    context.forms[formId] = data;
    if (form) formFlags.push(...ruleWarnings(form.definition, data));
  }
  const engineEvent: EngineEvent = {
    type: event.type, now, actor: opts.actor, ...(event.data ? { data: event.data } : {}), ...(opts.facts ? { facts: opts.facts } : {}),
  };
  const current = toXState(def.machine, { ...snapshot, context });
  if (!current.can(engineEvent)) throw reject('guard-false');
  const [next, actions] = transition(def.machine, current, engineEvent);
  // Every soft rule that did not hold, gathered here: the transitions' warnings (the transitions taken, in order),
  // then the form rules with severity warning.
  const flags: RaisedFlag[] = [...flagsOf(actions), ...formFlags];
  return { ...result(def, next, actions, now, snapshot.enteredAt, opts.calendar), flags };
}

/** The current view of a trajectory without changing it: steps (due dates on `opts.calendar`), available events. */
export function describe(
  def: CompiledDefinition, snapshot: TrajectorySnapshot, opts: { calendar?: SchoolCalendar } = {},
): Omit<EngineResult, 'effects' | 'entered' | 'flags'> {
  return {
    snapshot, steps: stepViews(def, snapshot, opts.calendar), events: eventViews(def, snapshot), done: snapshot.status === 'done',
  };
}

/** The events one of these roles may send now. */
export function eventsFor(events: EventView[], roles: string[]): EventView[] {
  return events.filter((e) => e.roles.some((role) => roles.includes(role)));
}

function result(
  def: CompiledDefinition,
  next: ReturnType<typeof transition>[0],
  actions: ReturnType<typeof transition>[1],
  now: string,
  previousEntered: Record<string, string>,
  calendar: SchoolCalendar | undefined,
): EngineResult {
  const value = structuredClone(next.value) as TrajectorySnapshot['value'];
  const entered = new Set<string>(
    actions.filter((a: { type: string }) => a.type === ENTERED).map((a: { params?: unknown }) => (a.params as { path: string }).path),
  );
  const enteredAt: Record<string, string> = {};
  // A step that stays active keeps its entry time; a step (re-)entered by this transition starts now. Around the
  // leaves, only states with timers are kept: their timers run from when they were entered.
  const leaves = leafPaths(value);
  const timed = leaves.flatMap(ancestry).filter((path) => !leaves.includes(path) && def.index.states.get(path)?.config.meta?.timers);
  for (const path of [...leaves, ...new Set(timed)]) enteredAt[path] = entered.has(path) ? now : (previousEntered[path] ?? now);
  const snapshot: TrajectorySnapshot = {
    definitionId: def.definition.id,
    definitionVersion: def.definition.version,
    status: next.status === 'done' ? 'done' : 'active',
    value,
    context: structuredClone(next.context),
    historyValue: historyToJson(next.historyValue as never),
    enteredAt,
    updatedAt: now,
  };
  const effects: Effect[] = actions
    .filter((a: { type: string }) => EFFECT_ACTIONS.has(a.type))
    .map((a: { params?: unknown }) => ({ type: 'notify', ...(a.params as { roles: string[]; message: Localized }) }));
  return { ...describe(def, snapshot, calendar ? { calendar } : {}), effects, entered: [...entered], flags: [] };
}

function stepViews(def: CompiledDefinition, snapshot: TrajectorySnapshot, calendar?: SchoolCalendar): StepView[] {
  return leafPaths(snapshot.value).map((path) => {
    const meta = def.index.states.get(path)?.config.meta;
    const enteredAt = snapshot.enteredAt[path] ?? snapshot.updatedAt;
    const view: StepView = {
      path,
      title: meta?.title ?? { nl: path, en: path },
      forms: meta?.forms ?? [],
      reference: meta?.reference ?? [],
      roles: meta?.roles ?? [],
      enteredAt,
    };
    if (meta?.instructions) view.instructions = meta.instructions;
    if (meta?.expectedDuration) view.expectedDuration = meta.expectedDuration;
    const dueAt = stepDueAt(def.definition, meta, {
      enteredAt, startedAt: snapshot.context.startedAt, dates: snapshot.context.dates, ...(calendar ? { calendar } : {}),
    });
    if (dueAt !== undefined) view.dueAt = dueAt;
    return view;
  });
}

function eventViews(def: CompiledDefinition, snapshot: TrajectorySnapshot): EventView[] {
  if (snapshot.status === 'done') return [];
  const seen = new Set<string>();
  const out: EventView[] = [];
  for (const leaf of leafPaths(snapshot.value)) {
    for (const path of ancestry(leaf)) {
      for (const [type, spec] of Object.entries(def.index.states.get(path)?.config.meta?.events ?? {})) {
        if (seen.has(type)) continue;
        seen.add(type);
        out.push({
          type, step: path, label: spec.label, roles: spec.roles, requiredFields: spec.requiredFields ?? [],
          ...(spec.form ? { form: spec.form } : {}),
        });
      }
    }
  }
  return out;
}

function reject(reason: RejectionReason, message?: Localized, fields: FieldError[] = []): TransitionRejected {
  return new TransitionRejected(reason, message ?? rejectionMessage(reason), fields);
}
