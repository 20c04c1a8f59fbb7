import type { CompiledDefinition, EngineResult, JsonValue, TrajectorySnapshot } from '@koers/engine';
import type { TrajectoryState } from '@koers/store';

/**
 * The columns the store keeps beside the snapshot, derived from the engine's view of it: the active
 * steps with their due times (for the coach overview's index), who they wait for, and the earliest
 * entry and due time. A finished trajectory is due nowhere.
 */
export function stateOf(result: Pick<EngineResult, 'snapshot' | 'steps' | 'done'>): TrajectoryState {
  const { snapshot, steps, done } = result;
  const stepsDueAt = steps.map((s) => (done ? null : s.dueAt ?? null));
  const dues = stepsDueAt.filter((d): d is string => d !== null).sort();
  const entered = steps.map((s) => s.enteredAt).sort();
  return {
    status: done ? 'done' : 'active',
    snapshot,
    steps: steps.map((s) => s.path),
    stepsDueAt,
    waitingRoles: done ? [] : [...new Set(steps.flatMap((s) => s.roles))].sort(),
    enteredAt: entered[0] ?? snapshot.updatedAt,
    dueAt: dues[0] ?? null,
  };
}

/** A state value with parallel regions in the order the definition writes them. */
function ordered(def: CompiledDefinition, value: JsonValue, path: string): JsonValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const children = def.index.states.get(path)?.children ?? [];
  const keys = [...children.filter((k) => Object.hasOwn(value, k)), ...Object.keys(value).filter((k) => !children.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, ordered(def, value[k]!, path === '' ? k : `${path}.${k}`)]));
}

/**
 * The stored snapshot as the engine's type (the engine wrote it). The database keeps it as `jsonb`, which
 * sorts object keys; the parallel regions of its state value are put back in definition order, so
 * steps are listed as the author wrote them.
 */
export function snapshotOf(def: CompiledDefinition, stored: { snapshot: unknown }): TrajectorySnapshot {
  const snapshot = stored.snapshot as TrajectorySnapshot;
  return { ...snapshot, value: ordered(def, snapshot.value, '') };
}
