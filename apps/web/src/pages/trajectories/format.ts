/** The app's one date format ("13 mrt 2027"), kept here for the pages that import it from beside them. */
export { formatDate, formatDateTime } from '../../i18n/format';

/** A fresh key per click for Idempotency-Key. */
export function newKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
