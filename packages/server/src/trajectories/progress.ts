import { type CompiledDefinition, type Localized, isDecisionPoint } from '@koers/engine';
import { type Mark, markOf } from '@koers/diagram';
import type { EventSummary } from '@koers/store';

/** Where a step stands for one trajectory: the diagram's mark. */
export type ProgressStatus = Mark;

export interface ProgressStep {
  path: string;
  title: Localized;
  status: ProgressStatus;
  /** Set on a parallel step: its children are tracks that run at the same time. */
  parallel?: true;
  children?: ProgressStep[];
}

/** Every step a trajectory has been in, by its event log (automatic steps passed on the way are not recorded). */
export function visitedSteps(events: readonly Pick<EventSummary, 'stepsBefore' | 'stepsAfter'>[]): Set<string> {
  return new Set(events.flatMap((e) => [...e.stepsBefore, ...e.stepsAfter]));
}

/**
 * Progress through a definition's steps in the order they are written: a step is current when an
 * active step lies in it, done when the trajectory was there before, coming otherwise. Compound and
 * parallel steps list their own steps as children. Decision points (steps with only automatic transitions) are
 * left out unless the trajectory is in one.
 */
export function progressOf(def: CompiledDefinition, activeSteps: readonly string[], events: readonly EventSummary[]): ProgressStep[] {
  // The same rule the diagram marks a trajectory's place by: current, done (been there), or coming.
  const position = { current: activeSteps, done: [...visitedSteps(events)] };
  const walk = (parent: string): ProgressStep[] => {
    const info = def.index.states.get(parent);
    return (info?.children ?? []).flatMap((key) => {
      const path = parent === '' ? key : `${parent}.${key}`;
      const child = def.index.states.get(path);
      if (!child || child.kind === 'history') return [];
      const status: ProgressStatus = markOf(position, path);
      // A decision point (only automatic transitions) is passed in the same moment it is entered: no one ever
      // waits there, so it is no step on the way. Shown only while a trajectory is stuck in it.
      if (status !== 'current' && isDecisionPoint(child)) return [];
      const children = child.kind === 'compound' || child.kind === 'parallel' ? walk(path) : [];
      return [{
        path, title: child.config.meta?.title ?? { nl: key, en: key }, status,
        ...(child.kind === 'parallel' ? { parallel: true as const } : {}),
        ...(children.length ? { children } : {}),
      }];
    });
  };
  return walk('');
}
