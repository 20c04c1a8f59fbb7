/*
 * The expected-duration picker's model: a number and a calendar unit (days, weeks, months, years), written as
 * an ISO 8601 duration (`P14D`, `P6M`). Any other ISO value (`PT24H`, `P1M15D`) is shown as it is and kept.
 */

export type DurationUnit = 'D' | 'W' | 'M' | 'Y';

/** The picker's units in order, Dutch and English, singular and plural. */
export const DURATION_UNITS: readonly { unit: DurationUnit; nl: [string, string]; en: [string, string] }[] = [
  { unit: 'D', nl: ['dag', 'dagen'], en: ['day', 'days'] },
  { unit: 'W', nl: ['week', 'weken'], en: ['week', 'weeks'] },
  { unit: 'M', nl: ['maand', 'maanden'], en: ['month', 'months'] },
  { unit: 'Y', nl: ['jaar', 'jaren'], en: ['year', 'years'] },
];

/** An amount of one unit, as the picker shows it. */
export interface PickedDuration {
  amount: number;
  unit: DurationUnit;
}

/**
 * Reads an ISO duration the picker can show (one whole positive number of one calendar unit), or undefined.
 * @example parseDuration('P6M') // { amount: 6, unit: 'M' }
 */
export function parseDuration(iso: string): PickedDuration | undefined {
  const match = /^P([1-9][0-9]{0,5})([DWMY])$/.exec(iso);
  return match ? { amount: Number(match[1]), unit: match[2] as DurationUnit } : undefined;
}

/**
 * Writes a picked duration as ISO 8601; undefined for an amount that is not a whole number of at least 1.
 * @example formatDuration({ amount: 14, unit: 'D' }) // 'P14D'
 */
export function formatDuration(picked: PickedDuration): string | undefined {
  return Number.isInteger(picked.amount) && picked.amount >= 1 && picked.amount <= 999_999 ? `P${picked.amount}${picked.unit}` : undefined;
}
