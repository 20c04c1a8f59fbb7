import type { Viewer } from '../context';
import { Forbidden, NotFound, VersionConflict } from '../errors';
import { type TrajectoryDeps, loadVisible, mayAcknowledge } from './service';
import { flagView } from './flag-view';

const NOT_FOUND = { nl: 'Dit signaal bestaat niet bij dit traject.', en: 'This flag does not exist on this trajectory.' };

/**
 * A coach acknowledges a flag, with an optional note: admins, and whoever holds a coaching role of the
 * trajectory's type in this trajectory (`coach: true`). A trajectory the viewer may not see answers 404 (also for
 * another school's flag); a participant 403; an unknown flag 404; a flag acknowledged before 409. Nothing is written
 * in any of those cases; otherwise the flag, the trajectory's open count and an audit entry in one transaction.
 */
export async function acknowledgeFlag(deps: TrajectoryDeps, viewer: Viewer, id: string, flagId: string, note: string | undefined) {
  const { t, def } = await loadVisible(deps, viewer, id);
  if (!mayAcknowledge(viewer, t, def)) {
    throw new Forbidden({
      nl: 'Alleen een begeleider (coachrol van deze trajectsoort) of een beheerder mag een signaal afhandelen.',
      en: 'Only a coach (a coaching role of this trajectory type) or an administrator may acknowledge a flag.',
    }, '/flagId');
  }
  const trimmed = note?.trim();
  const result = await deps.store.flags.acknowledge({ trajectoryId: t.id, flagId, by: viewer.userId, note: trimmed ? trimmed : null, at: deps.clock.now() });
  switch (result.kind) {
    case 'acknowledged':
      return flagView(result.flag);
    case 'already': {
      const who = result.flag.acknowledgedBy?.name;
      throw new VersionConflict({
        nl: `Dit signaal is al afgehandeld${who ? ` door ${who}` : ''}.`, en: `This flag was already acknowledged${who ? ` by ${who}` : ''}.`,
      }, '/flagId', { flag: flagView(result.flag) });
    }
    case 'not-found':
      throw new NotFound(NOT_FOUND, '/flagId');
  }
}
