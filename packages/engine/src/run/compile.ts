import { type AnyStateMachine, setup } from 'xstate';
import type { EventSpec, TimerSpec, TrajectoryContext, TrajectoryDefinition } from '../format/types';
import type { CompiledForm } from '../forms/form';
import { type StructureIndex, buildIndex } from '../format/structure';
import { createActions, initialContext } from '../vocab/actions';
import { guards } from '../vocab/guards';
import type { EngineEvent } from '../vocab/data';
import { groupEventsOf } from '../groups/events';

/** Where an event is declared: the state and its spec. */
export interface EventDeclaration {
  path: string;
  spec: EventSpec;
}

/** Where a timer is declared: the state and its spec (`meta.timers`). */
export interface TimerDeclaration {
  path: string;
  spec: TimerSpec;
}

/** A definition checked and ready to run: machine built once, forms compiled once. */
export interface CompiledDefinition {
  definition: TrajectoryDefinition;
  file: string;
  index: StructureIndex;
  forms: ReadonlyMap<string, CompiledForm>;
  /** Every event type, with the states that declare it. */
  events: ReadonlyMap<string, EventDeclaration[]>;
  /** Every timer event type, with the states that declare it in `meta.timers`. */
  timers: ReadonlyMap<string, TimerDeclaration[]>;
  /** Events the system sends for the type's groups (`groups.join.event`, meeting events); see `groupEventsOf`. */
  groupEvents: ReadonlySet<string>;
  machine: AnyStateMachine;
}

/**
 * Builds the XState machine for an already linted definition. The machine's context comes from the
 * engine (`initialContext`), never from the definition, and guards/actions come from the vocabulary.
 */
export function compileDefinition(
  definition: TrajectoryDefinition,
  forms: ReadonlyMap<string, CompiledForm>,
  file = `${definition.id}.json`,
): CompiledDefinition {
  const index = buildIndex(definition.machine);
  const events = new Map<string, EventDeclaration[]>();
  for (const info of index.states.values()) {
    for (const [type, spec] of Object.entries(info.config.meta?.events ?? {})) {
      events.set(type, [...(events.get(type) ?? []), { path: info.path, spec }]);
    }
  }
  const timers = new Map<string, TimerDeclaration[]>();
  for (const info of index.states.values()) {
    for (const [type, spec] of Object.entries(info.config.meta?.timers ?? {})) {
      timers.set(type, [...(timers.get(type) ?? []), { path: info.path, spec }]);
    }
  }
  const config = structuredClone(definition.machine) as unknown as Record<string, unknown>;
  markEntries(config, '');
  config.context = ({ input }: { input?: { now?: string } }): TrajectoryContext =>
    initialContext(definition, input?.now ?? new Date(0).toISOString());
  const machine = setup({
    types: {} as { context: TrajectoryContext; events: EngineEvent; input: { now: string } },
    guards: guards as never,
    actions: { ...createActions(definition), [ENTERED]: () => {} } as never,
  }).createMachine(config as never);
  return { definition, file, index, forms, events, timers, groupEvents: groupEventsOf(definition), machine: machine as unknown as AnyStateMachine };
}

/** The engine's own entry marker: `transition()` reports it for every state it enters, with the state's path. */
export const ENTERED = 'koers.entered';

/**
 * Puts the entry marker first in every state's `entry`, so the engine knows exactly which steps a transition
 * (re-)entered, also when it leaves a step and comes back through an automatic step in one `send()`.
 */
function markEntries(config: Record<string, unknown>, path: string): void {
  if (path !== '') {
    const own = config.entry === undefined ? [] : Array.isArray(config.entry) ? config.entry : [config.entry];
    config.entry = [{ type: ENTERED, params: { path } }, ...own];
  }
  const states = config.states as Record<string, Record<string, unknown>> | undefined;
  for (const [key, child] of Object.entries(states ?? {})) markEntries(child, path === '' ? key : `${path}.${key}`);
}
