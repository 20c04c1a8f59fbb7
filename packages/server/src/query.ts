import { InvalidRequest } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A trajectory type id (and a form id: the same rule). */
export const TYPE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A `?version=` (or other whole number from `min`), or a 400 naming the parameter. */
export function wholeNumber(raw: string | undefined, name: string, min = 1, max = 9_999_999): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InvalidRequest({ nl: `${name} "${raw}" is geen geheel getal van ${min} tot en met ${max}.`, en: `${name} "${raw}" is not a whole number from ${min} to ${max}.` }, `/${name}`);
  }
  return Number(raw);
}

/** An id parameter that must be a UUID. */
export function uuidParam(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!UUID.test(raw)) throw new InvalidRequest({ nl: `${name} "${raw}" is geen geldige id.`, en: `${name} "${raw}" is not a valid id.` }, `/${name}`);
  return raw;
}

/** A trajectory type id parameter. */
export function typeIdParam(raw: string | undefined, name = 'typeId'): string | undefined {
  if (raw === undefined) return undefined;
  if (!TYPE_ID.test(raw)) throw new InvalidRequest({ nl: `${name} "${raw}" is geen geldige trajectsoort-id.`, en: `${name} "${raw}" is not a valid trajectory type id.` }, `/${name}`);
  return raw;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(raw: string | undefined, name: string, values: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    throw new InvalidRequest({ nl: `${name} "${raw}" bestaat niet; kies ${values.join(', ')}.`, en: `${name} "${raw}" does not exist; use ${values.join(', ')}.` }, `/${name}`);
  }
  return raw as T;
}
