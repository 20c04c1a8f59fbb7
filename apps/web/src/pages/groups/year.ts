/** The school year a day falls in (1 August starts one), as programme years are written: `2026-2027`. */
export function schoolYearOf(day: Date): string {
  const year = day.getFullYear();
  const first = day.getMonth() >= 7 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** The year before, the year itself and the two after: what the year picker offers. */
export function yearsAround(year: string): string[] {
  const first = Number(year.slice(0, 4)) || new Date().getFullYear();
  return [-1, 0, 1, 2].map((d) => `${first + d}-${first + d + 1}`);
}
