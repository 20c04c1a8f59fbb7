import { type AnyStateMachine, setup } from 'xstate';
import type { EventSpec, TrajectoryContext, TrajectoryDefinition } from '../format/types';
import type { CompiledForm } from '../forms/form';
import { type StructureIndex, buildIndex } from '../format/structure';
import { createActions, initialContext } from '../vocab/actions';
import { guards } from '../vocab/guards';
import type { EngineEvent } from '../vocab/data';

/** Where an event is declared: the state and its spec. */
export interface EventDeclaration {
  path: string;
  spec: EventSpec;
}

/** A definition checked and ready to run: machine built once, forms compiled once. */
export interface CompiledDefinition {
  definition: TrajectoryDefinition;
  file: string;
  index: StructureIndex;
  forms: ReadonlyMap<string, CompiledForm>;
  /** Every event type, with the states that declare it. */
  events: ReadonlyMap<string, EventDeclaration[]>;
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
  const config = structuredClone(definition.machine) as unknown as Record<string, unknown>;
  config.context = ({ input }: { input?: { now?: string } }): TrajectoryContext =>
    initialContext(definition, input?.now ?? new Date(0).toISOString());
  const machine = setup({
    types: {} as { context: TrajectoryContext; events: EngineEvent; input: { now: string } },
    guards: guards as never,
    actions: createActions(definition) as never,
  }).createMachine(config as never);
  return { definition, file, index, forms, events, machine: machine as unknown as AnyStateMachine };
}
