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

const within = (leaf: string, path: string) => leaf === path || leaf.startsWith(`${path}.`);

/**
 * Progress through a definition's steps in the order they are written: a step is current when an
 * active step lies in it, done when the trajectory was there before, coming otherwise. Compound and
 * parallel steps list their own steps as children.
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
