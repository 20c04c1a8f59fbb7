/**
 * Who an event is shown as sent by: the person, or for an event a timer sent (no person; the store's `system`)
 * the system itself, "Systeem / System". The one place history and audit decide it.
 */
export const SYSTEM_PERSON = { id: 'system', name: 'Systeem / System', system: true as const };

/** The actor of a stored event as history and audit show it. */
export function eventActor(e: { actor: { id: string; name: string | null } | null; system: boolean }) {
  return e.system ? SYSTEM_PERSON : e.actor;
}
