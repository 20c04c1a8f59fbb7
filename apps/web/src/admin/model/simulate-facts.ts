import { type CompiledDefinition, type Facts, subjectOf } from '@koers/engine';

/** The school a simulated trajectory runs at, as expressions read it (`trajectory.name`). */
export const SIM_SCHOOL = 'Simulatieschool';
/** The names a simulated bestuur or group trajectory runs at. */
const SIM_NAMES = { school: SIM_SCHOOL, bestuur: 'Simulatiebestuur', group: 'Simulatiegroep' } as const;

/**
 * The facts a simulated trajectory gets in place of the server's: a school named "Simulatieschool" (or a bestuur or
 * group, after the type's `subject`; a group type's `group` fact is not simulated: it reads null), and every
 * sign-off the type declares counted as signed once (the simulation has nobody without an account to sign), so a
 * `signedOff` guard lets the admin walk on.
 */
export function simulationFacts(compiled: CompiledDefinition): Facts {
  const signoffs: Record<string, number> = {};
  for (const info of compiled.index.states.values()) for (const key of Object.keys(info.config.meta?.signoff ?? {})) signoffs[key] = 1;
  const subject = subjectOf(compiled.definition);
  return { trajectory: { subject, name: SIM_NAMES[subject], label: null }, signoffs };
}
