import type { CompiledDefinition, Facts } from '@koers/engine';

/** The school a simulated trajectory runs at, as expressions read it (`trajectory.name`). */
export const SIM_SCHOOL = 'Simulatieschool';

/**
 * The facts a simulated trajectory gets in place of the server's: a school named "Simulatieschool", and every
 * sign-off the type declares counted as signed once (the simulation has nobody without an account to sign), so a
 * `signedOff` guard lets the admin walk on.
 */
export function simulationFacts(compiled: CompiledDefinition): Facts {
  const signoffs: Record<string, number> = {};
  for (const info of compiled.index.states.values()) for (const key of Object.keys(info.config.meta?.signoff ?? {})) signoffs[key] = 1;
  return { trajectory: { subject: 'school', name: SIM_SCHOOL, label: null }, signoffs };
}
