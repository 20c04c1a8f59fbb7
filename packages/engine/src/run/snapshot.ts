import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { JsonValue, Localized, TrajectoryContext } from '../format/types';

/** A trajectory's state as plain JSON: safe to store, compare and replay. */
export interface TrajectorySnapshot {
  definitionId: string;
  definitionVersion: number;
  status: 'active' | 'done';
  value: JsonValue;
  context: TrajectoryContext;
  /** History states' remembered children, by state node id. */
  historyValue: Record<string, string[]>;
  /** When each active step (leaf path) was entered; also each active state around them that declares timers. */
  enteredAt: Record<string, string>;
  updatedAt: string;
}

/** Something the server must do after a transition: the engine only describes it. */
export type Effect = { type: 'notify'; roles: string[]; message: Localized };

export function toXState(machine: AnyStateMachine, snapshot: TrajectorySnapshot): AnyMachineSnapshot {
  const historyValue: Record<string, unknown[]> = {};
  for (const [id, nodeIds] of Object.entries(snapshot.historyValue)) {
    historyValue[id] = nodeIds.map((nodeId) => machine.getStateNodeById(nodeId));
  }
  return machine.resolveState({
    value: snapshot.value as never,
    context: structuredClone(snapshot.context),
    historyValue: historyValue as never,
    status: snapshot.status,
  } as never);
}

export function historyToJson(historyValue: Record<string, Array<{ id: string }>> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, nodes] of Object.entries(historyValue ?? {})) out[id] = nodes.map((node) => node.id);
  return out;
}
