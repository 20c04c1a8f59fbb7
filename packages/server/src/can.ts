import type { RolePolicy } from '@koers/engine';
import type { Viewer } from './context';
import { mayInviteSomewhere } from './auth/roles';
import { isCoach } from './overview/service';

/** What a viewer may do, for the client to show or hide its links; every route still judges each request itself. */
export interface Can {
  /** The coach overview of the schools ("Overzicht scholen"). */
  overview: boolean;
  /** Inviting someone somewhere ("Uitnodigen"). */
  invite: boolean;
}

/** The server's own rules (`requireCoach`, `mayInvite`) answered for one viewer. */
export function canOf(viewer: Viewer, policy: RolePolicy): Can {
  return { overview: isCoach(viewer, policy), invite: mayInviteSomewhere(viewer, policy) };
}
