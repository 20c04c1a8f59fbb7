const DAY = 86_400_000;

/** A unit of an ISO 8601 duration, largest first. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/**
 * The parts of an ISO 8601 duration that are not zero, largest first; undefined when it is not one.
 * @example durationParts('P1M14D') // [{ n: 1, unit: 'month' }, { n: 14, unit: 'day' }]
 */
export function durationParts(iso: string | undefined): Array<{ n: number; unit: DurationUnit }> | undefined {
  const match = iso ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso) : null;
  if (!match || iso === 'P' || iso!.endsWith('T')) return undefined;
  const units: DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];
  return units.flatMap((unit, i) => {
    const n = Number(match[i + 1] ?? 0);
    return n > 0 ? [{ n, unit }] : [];
  });
}

/** The expected length of a step in whole days, from when it was entered to when it is due; null without a due time. */
export function expectedDays(enteredAt: string, dueAt: string | null): number | null {
  if (!dueAt) return null;
  return Math.max(0, Math.round((new Date(dueAt).getTime() - new Date(enteredAt).getTime()) / DAY));
}

/**
 * Days from now until `dueAt`: positive (rounded up) while there is time left, negative when overdue, counting
 * whole days late the way the overview does (days in step minus expected days), so both pages agree.
 */
export function daysUntil(dueAt: string, now: Date): number {
  const diff = (new Date(dueAt).getTime() - now.getTime()) / DAY;
  return diff >= 0 ? Math.ceil(diff) : -Math.floor(-diff);
}

/** How far a budget is used: what is left, how far over it is, and the share used (0..1, capped). */
export function budgetState(budget: { limit: number; used: number }): { left: number; over: number; share: number } {
  const left = Math.max(0, budget.limit - budget.used);
  const over = Math.max(0, budget.used - budget.limit);
  const share = budget.limit > 0 ? Math.min(1, budget.used / budget.limit) : budget.used > 0 ? 1 : 0;
  return { left: round(left), over: round(over), share };
}

/** A number the way the reader's language writes it: "5,5" in Dutch (the app's one number helper). */
export { formatNumber } from '../../i18n/format';

const round = (n: number) => Math.round(n * 100) / 100;
