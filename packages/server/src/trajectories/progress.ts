import type { CompiledDefinition, Localized } from '@koers/engine';
import type { StoredEvent } from '@koers/store';

/** Where a step stands for one trajectory. */
export type ProgressStatus = 'done' | 'current' | 'coming';

export interface ProgressStep {
  path: string;
  title: Localized;
  status: ProgressStatus;
  /** Set on a parallel step: its children are tracks that run at the same time. */
  parallel?: true;
  children?: ProgressStep[];
}

/** A step with only automatic transitions: passed in the moment it is entered, nobody waits there. */
export const isDecision = (config: { always?: unknown; on?: object; type?: string }) =>
  config.always !== undefined && Object.keys(config.on ?? {}).length === 0 && config.type !== 'final';

const within = (leaf: string, path: string) => leaf === path || leaf.startsWith(`${path}.`);

/**
 * Progress through a definition's steps in the order they are written: a step is current when an
 * active step lies in it, done when the trajectory was there before, coming otherwise. Compound and
 * parallel steps list their own steps as children. Decision points (steps with only automatic transitions) are
 * left out unless the trajectory is in one.
 */
export function progressOf(def: CompiledDefinition, activeSteps: readonly string[], events: readonly StoredEvent[]): ProgressStep[] {
  const visited = new Set(events.flatMap((e) => [...e.stepsBefore, ...e.stepsAfter]));
  const walk = (parent: string): ProgressStep[] => {
    const info = def.index.states.get(parent);
    return (info?.children ?? []).flatMap((key) => {
      const path = parent === '' ? key : `${parent}.${key}`;
      const child = def.index.states.get(path);
      if (!child || child.kind === 'history') return [];
      const status: ProgressStatus = activeSteps.some((leaf) => within(leaf, path))
        ? 'current'
        : [...visited].some((leaf) => within(leaf, path)) ? 'done' : 'coming';
      // A decision point (only automatic transitions) is passed in the same moment it is entered: no one ever
      // waits there, so it is no step on the way. Shown only while a trajectory is stuck in it.
      if (status !== 'current' && isDecision(child.config)) return [];
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
