import type { StepperStep } from './Stepper';

/**
 * The steps a trajectory passed by. The progress list marks a step `done` when the trajectory's event log (its
 * history) holds it before or after some event, `current` while it stands in it, and `coming` otherwise. A step is
 * skipped when it was never entered (`coming`) while a step after it in the definition's order, among the same
 * siblings, was entered (`done` or `current`): the path taken went past it. The steps inside a skipped compound step
 * are skipped with it. A `coming` step with nothing entered after it is simply still to come.
 *
 * Returns the paths of the skipped steps (pure: the list is not changed).
 */
export function skippedSteps(steps: readonly StepperStep[]): Set<string> {
  const skipped = new Set<string>();
  const all = (step: StepperStep) => {
    skipped.add(step.path);
    for (const child of step.children ?? []) all(child);
  };
  const walk = (list: readonly StepperStep[]) => {
    list.forEach((step, i) => {
      const enteredLater = list.slice(i + 1).some((later) => later.status !== 'coming');
      if (step.status === 'coming' && enteredLater) all(step);
      else if (step.children) walk(step.children);
    });
  };
  walk(steps);
  return skipped;
}
