import { type CompiledDefinition, type JsonObject, TransitionRejected } from '@koers/engine';
import { type TrajectoryDeps, type Viewer, rolesAt, saveDraft, sendEvent, startTrajectory } from '@koers/server';
import type { Organisation } from '@koers/store';
import { datedOn } from './dates';
import type { DemoScript, ScriptEvent } from './scripts';

const DAY = 86_400_000;

/** The seed's clock: set back to the moment of each replayed event. */
export class SeedClock {
  private time: number;
  constructor(readonly base: Date) {
    this.time = base.getTime();
  }
  now(): Date {
    return new Date(this.time);
  }
  /** Sets the clock to `days` before the seed's "now". */
  daysAgo(days: number): void {
    this.time = this.base.getTime() - days * DAY;
  }
}

/** What a script needs around it: the services' dependencies, the seed clock, the schools and the people. */
export interface Stage {
  deps: TrajectoryDeps;
  clock: SeedClock;
  schools: ReadonlyMap<string, Organisation>;
  viewers: readonly Viewer[];
}

/** Someone who holds `role` at the school (there, or at its bestuur). */
function holder(stage: Stage, def: CompiledDefinition, school: Organisation, role: string): Viewer | undefined {
  return stage.viewers.find((v) => rolesAt(v, school, undefined, def.definition).includes(role));
}

/** Who sends an event: the named role, else the first role the event allows that someone at the school holds. */
function actorFor(stage: Stage, def: CompiledDefinition, school: Organisation, step: ScriptEvent): Viewer {
  const allowed = step.by ? [step.by] : [...new Set((def.events.get(step.event) ?? []).flatMap((d) => d.spec.roles))];
  for (const role of allowed) {
    const viewer = holder(stage, def, school, role);
    if (viewer) return viewer;
  }
  throw new Error(`demo: nobody at ${school.name} may send ${step.event} (${allowed.join(', ')})`);
}

/**
 * The form data to try for an event: the examples of its form matching `pick`, dated on the event's day (datedOn),
 * or none for an event without a form.
 */
function candidates(def: CompiledDefinition, step: ScriptEvent, at: Date): Array<JsonObject | undefined> {
  const formId = def.events.get(step.event)?.find((d) => d.spec.form)?.spec.form;
  if (!formId) return [undefined];
  const form = def.forms.get(formId)?.definition;
  const examples = form?.examples ?? [];
  const pick = Object.entries(step.pick ?? {});
  const matching = examples.filter((e) => pick.every(([k, v]) => JSON.stringify(e[k]) === JSON.stringify(v)));
  if (matching.length === 0) throw new Error(`demo: no example of ${formId} has ${JSON.stringify(step.pick)}`);
  return matching.map((e) => datedOn(form?.schema, structuredClone(e), at));
}

/** Sends one scripted event through the real send path, trying the candidate examples until one is accepted. */
async function play(stage: Stage, def: CompiledDefinition, school: Organisation, id: string, version: number, step: ScriptEvent) {
  stage.clock.daysAgo(step.days);
  const viewer = actorFor(stage, def, school, step);
  let refused: unknown;
  for (const data of candidates(def, step, stage.clock.now())) {
    try {
      const sent = await sendEvent(stage.deps, viewer, id, { type: step.event, expectedVersion: version, ...(data ? { data } : {}) });
      return sent.trajectory;
    } catch (error) {
      // An example meant to show a rule (a guard that says no) is skipped; anything else is a broken seed.
      if (!(error instanceof TransitionRejected) || error.reason !== 'guard-false') throw error;
      refused = error;
    }
  }
  throw new Error(`demo: ${step.event} at ${school.name} was refused with every example`, { cause: refused });
}

/** Sends scripted events to a trajectory, each at its moment, through the real send path. */
export async function playEvents(stage: Stage, type: string, schoolKey: string, id: string, events: readonly ScriptEvent[]): Promise<void> {
  const school = stage.schools.get(schoolKey);
  if (!school) throw new Error(`demo: unknown school ${schoolKey}`);
  const def = await stage.deps.registry.get(type);
  for (const step of events) {
    const t = (await stage.deps.store.trajectories.get(id))!;
    await play(stage, def, school, id, t.version, step);
  }
}

/** Throws when a script's trajectory does not stand in the steps it expects. */
export async function expectSteps(stage: Stage, script: DemoScript, id: string): Promise<void> {
  const steps = (await stage.deps.store.trajectories.get(id))!.steps;
  if (JSON.stringify([...steps].sort()) !== JSON.stringify([...script.expect].sort())) {
    throw new Error(`demo: ${script.type} at ${script.school} ended in ${steps.join(' + ')}, not ${script.expect.join(' + ')}`);
  }
}

/**
 * Replays one demo script: starts the trajectory and sends its events with the services the API uses
 * (roles, form validation, guards, optimistic version check, audit), with the clock set back to each
 * event's moment. Throws when the trajectory does not end in the expected steps.
 */
export async function playScript(stage: Stage, script: DemoScript): Promise<string> {
  const school = stage.schools.get(script.school);
  if (!school) throw new Error(`demo: unknown school ${script.school}`);
  const def = await stage.deps.registry.get(script.type);
  stage.clock.daysAgo(script.start.days);
  const starter = holder(stage, def, school, script.start.by);
  if (!starter) throw new Error(`demo: nobody is ${script.start.by} at ${school.name}`);
  const { view } = await startTrajectory(stage.deps, starter, { typeId: script.type, schoolId: school.id });
  await playEvents(stage, script.type, script.school, view.id, script.events);
  // A trajectory in a demo group goes on in the group's timeline; it is checked after that.
  if (!script.group) await expectSteps(stage, script, view.id);
  if (script.draft) {
    stage.clock.daysAgo(script.draft.days);
    const editor = holder(stage, def, school, script.draft.by);
    const example = def.forms.get(script.draft.form)?.definition.examples?.[0];
    if (!editor || !example) throw new Error(`demo: cannot save a draft of ${script.draft.form} at ${school.name}`);
    const schema = def.forms.get(script.draft.form)?.definition.schema;
    await saveDraft(stage.deps, editor, view.id, script.draft.form, datedOn(schema, structuredClone(example), stage.clock.now()));
  }
  return view.id;
}
