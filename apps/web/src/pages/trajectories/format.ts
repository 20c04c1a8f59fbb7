import type { Lang } from '@koers/engine';

/** A date as the reader's language writes it: "13 mrt 2027", on the school calendar's day (Europe/Amsterdam) whatever the browser's zone. */
export function formatDate(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** A fresh key per click for Idempotency-Key. */
export function newKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
