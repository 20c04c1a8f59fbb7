import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth: the same data always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The SHA-256 (hex) of a request as an idempotency key guards it: the event type and its data, with object
 * keys in a fixed order, so a retry whose JSON lists the same fields in another order is the same request.
 * @example requestHash('GO', { b: 1, a: 2 }) === requestHash('GO', { a: 2, b: 1 }) // true
 */
export function requestHash(type: string, data: unknown): string {
  return createHash('sha256').update(canonical([type, data ?? null])).digest('hex');
}
