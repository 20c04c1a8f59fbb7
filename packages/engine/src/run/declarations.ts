import { ancestry } from '../format/structure';
import type { CompiledDefinition, EventDeclaration } from './compile';

/** The declarations of an event that apply in these active steps: on one of them or on a step around it. */
export function declarationsIn(def: CompiledDefinition, activeSteps: readonly string[], type: string): EventDeclaration[] {
  const around = new Set(activeSteps.flatMap(ancestry));
  return (def.events.get(type) ?? []).filter((d) => around.has(d.path));
}

/**
 * The form an event carries when sent in these active steps (its data is kept under `context.forms[form]`);
 * undefined for an event without a form.
 * @example eventFormIn(def, ['startgesprek'], 'STARTGESPREK_VASTLEGGEN') // 'pd-startgesprek'
 */
export function eventFormIn(def: CompiledDefinition, activeSteps: readonly string[], type: string): string | undefined {
  return declarationsIn(def, activeSteps, type).find((d) => d.spec.form)?.spec.form;
}
