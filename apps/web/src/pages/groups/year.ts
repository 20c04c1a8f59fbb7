import { schoolYearOf } from '@koers/engine';

/** The programme year a moment falls in (the engine's school year, 1 August in Amsterdam): `2026-2027`. */
export const programmeYearOf = (day: Date): string => schoolYearOf(day.toISOString())!;

/** The year before, the year itself and the two after: what the year picker offers. */
export function yearsAround(year: string): string[] {
  const first = Number(year.slice(0, 4)) || new Date().getFullYear();
  return [-1, 0, 1, 2].map((d) => `${first + d}-${first + d + 1}`);
}
