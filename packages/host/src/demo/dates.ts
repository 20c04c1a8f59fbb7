import { type JsonObject, type JsonValue, localDate } from '@koers/engine';

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dates (`YYYY-MM-DD`) in a form answer, wherever they are (fields, rows of a repeatable group). */
export function datesIn(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return DATE.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => datesIn(v));
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((v) => datesIn(v));
}

/**
 * The date a form answer is about: its first top-level date field in form order (the intake's "Datum
 * intakegesprek", a meeting's "Datum"), else its earliest date. What the answer records happened then; later
 * dates in it are plans.
 */
export function recordDate(schema: unknown, answer: JsonObject): string | undefined {
  const properties = (schema as { properties?: Record<string, { format?: string }> } | undefined)?.properties ?? {};
  for (const [key, spec] of Object.entries(properties)) {
    const value = answer[key];
    if (spec.format === 'date' && typeof value === 'string' && DATE.test(value)) return value;
  }
  return datesIn(answer).sort()[0];
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * A form's example answer moved in time so that what it records happened on the day it is submitted (`at`, read
 * in Europe/Amsterdam), every other date keeping its distance: an intake on 15 September with the start meeting
 * three weeks later, submitted on 2 March, becomes an intake on 2 March with the start meeting on 23 March.
 */
export function datedOn(schema: unknown, answer: JsonObject, at: Date): JsonObject {
  const anchor = recordDate(schema, answer);
  if (!anchor) return answer;
  const days = Math.round((Date.parse(`${localDate(at.toISOString())}T00:00:00Z`) - Date.parse(`${anchor}T00:00:00Z`)) / DAY);
  const move = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return DATE.test(value) ? shift(value, days) : value;
    if (Array.isArray(value)) return value.map(move);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v)]));
  };
  return move(answer) as JsonObject;
}
