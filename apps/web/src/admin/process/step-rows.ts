import { pointerSegments, textIn, type Lang, type Problem } from '@koers/engine';
import type { Bundle, StatePath } from '../model/bundle';
import { stateAt } from '../model/edit';
import { childrenOf, kindOf } from '../model/states';

/** One line of the step tree: a step with its depth, kind and title in one language. */
export interface StepRow {
  path: StatePath;
  key: string;
  depth: number;
  kind: ReturnType<typeof kindOf>;
  title: string;
  /** The step its group (or the machine) begins with. */
  initial: boolean;
}

/** The steps of the machine in document order, depth first. */
export function stepRows(bundle: Bundle, lang: Lang, path: StatePath = []): StepRow[] {
  const parent = stateAt(bundle, path);
  return childrenOf(bundle, path).flatMap(([key, state]) => {
    const here = [...path, key];
    const meta = state.meta as { title?: { nl: string; en: string } } | undefined;
    const row: StepRow = { path: here, key, depth: path.length, kind: kindOf(state), title: textIn(meta?.title, lang) || key, initial: parent?.initial === key };
    return [row, ...stepRows(bundle, lang, here)];
  });
}

/**
 * The step a definition problem points at (the deepest state on its pointer), `[]` for the machine itself,
 * or undefined for a problem outside the machine (roles, budgets…) or in a form.
 * @example problemStep({ file: 'definition', pointer: '/machine/states/a/states/b/on/X', … }) // ['a', 'b']
 */
export function problemStep(problem: Problem): StatePath | undefined {
  if (problem.file !== 'definition') return undefined;
  const segments = pointerSegments(problem.pointer);
  if (segments[0] !== 'machine') return undefined;
  const path: string[] = [];
  for (let i = 1; segments[i] === 'states' && segments[i + 1] !== undefined; i += 2) path.push(segments[i + 1]!);
  return path;
}

/** The problems per step (dotted path; '' for the machine), and those about the type's declarations. */
export function problemsByStep(problems: readonly Problem[]): { steps: Map<string, Problem[]>; type: Problem[] } {
  const steps = new Map<string, Problem[]>();
  const type: Problem[] = [];
  for (const problem of problems) {
    const path = problemStep(problem);
    if (path === undefined) {
      if (problem.file === 'definition') type.push(problem);
      continue;
    }
    const key = path.join('.');
    steps.set(key, [...(steps.get(key) ?? []), problem]);
  }
  return { steps, type };
}
