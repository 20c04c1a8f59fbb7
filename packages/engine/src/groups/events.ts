import { ancestry } from '../format/structure';
import type { TrajectoryDefinition } from '../format/types';
import type { CompiledDefinition } from '../run/compile';

/**
 * The events the system sends on behalf of a type's groups: `groups.join.event` (when a trajectory is placed in a
 * group) and each meeting kind's `event` (after a shared meeting is recorded). Like timers, people do not send them.
 */
export function groupEventsOf(definition: TrajectoryDefinition): Set<string> {
  const groups = definition.groups;
  if (!groups) return new Set();
  return new Set([groups.join.event, ...Object.values(groups.meetings ?? {}).flatMap((m) => (m.event ? [m.event] : []))]);
}

/**
 * Whether one of these active steps (or a step around one) has a transition on `type`: a group event is sent only
 * to member trajectories whose current step accepts it.
 * @example handlesEvent(vl, ['groepsindeling'], 'INGEDEELD') // true
 */
export function handlesEvent(def: CompiledDefinition, activeSteps: readonly string[], type: string): boolean {
  const around = new Set([...activeSteps.flatMap(ancestry), '']);
  return def.index.transitions.some((t) => t.kind === 'event' && t.event === type && around.has(t.source));
}
