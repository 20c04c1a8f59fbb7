import type { CalendarCache } from '../time/calendar';
import type { Store, UserWithMemberships } from '@koers/store';
import type { Clock, Viewer } from '../context';
import type { ResolvedAuthOptions } from './options';

/** What the auth middleware and routes share: the store, the clock and the options. */
export interface AuthDeps {
  store: Store;
  clock: Clock;
  options: ResolvedAuthOptions;
  /** The process's school calendars: a route that changes a region or studiedagen forgets them. */
  calendars?: CalendarCache;
}

/** The viewer for a user loaded with their memberships. */
export function viewerOf(user: UserWithMemberships, via: Viewer['via']): Viewer {
  return {
    userId: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, via,
    memberships: user.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role, trajectoryId: m.trajectoryId, organisationKind: m.organisationKind })),
  };
}

/** A user as the API shows them (never the password hash). */
export function publicUser(user: { id: string; email: string; name: string; isAdmin: boolean }) {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
