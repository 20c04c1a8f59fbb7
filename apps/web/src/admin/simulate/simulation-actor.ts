import { fromTransition } from 'xstate';
import type { CompiledDefinition, JsonObject } from '@koers/engine';
import { type Simulation, beginSimulation, rebase, simulate } from '../model/simulate';

/**
 * The simulation as an XState actor whose logic IS the engine: every command goes through `simulate`, which
 * sends events with the engine's pure `send` (roles, forms, required fields, guards). The tab uses it with
 * @xstate/react's `useActorRef` and `useSelector`.
 */
export const simulationLogic = fromTransition(simulate, ({ input }: { input: Simulation }) => input);

/**
 * What the tab keeps while it is not shown: the last simulation and the form answers being typed, for one type
 * (by id). Coming back to the tab resumes it, played onto the draft as it is then (unchanged when the draft is).
 */
let kept: { typeId: string; simulation: Simulation; drafts: Map<string, JsonObject> } | undefined;

/** The simulation to show for a compiled draft: the kept one played onto it, or a new one. */
export function resumeSimulation(compiled: CompiledDefinition): Simulation {
  if (kept && kept.typeId === compiled.definition.id) return rebase(kept.simulation, compiled);
  kept = undefined;
  return beginSimulation(compiled);
}

/** Remembers the simulation (after every change) so that switching tabs does not lose it. */
export function keepSimulation(simulation: Simulation): void {
  const typeId = simulation.compiled.definition.id;
  if (kept?.typeId === typeId) kept.simulation = simulation;
  else kept = { typeId, simulation, drafts: new Map() };
}

/** The answers being typed per form for the kept simulation (the same map every time for one type). */
export function keptDrafts(typeId: string): Map<string, JsonObject> {
  if (kept?.typeId !== typeId) return new Map();
  return kept.drafts;
}
