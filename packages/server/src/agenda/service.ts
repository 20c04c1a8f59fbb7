import { type CompiledDefinition, type Meeting, meetingsOf } from '@koers/engine';
import type { Trajectory } from '@koers/store';
import type { Viewer } from '../context';
import { NotFound } from '../errors';
import { type TrajectoryDeps, loadVisible, rolesIn, scopeOf } from '../trajectories/service';
import { snapshotOf } from '../trajectories/state';
import type { AgendaItem } from './ics';

/** The web app's page of a trajectory, from the server's public origin. */
export const trajectoryUrl = (origin: string, id: string) => `${origin}/#/trajecten/${encodeURIComponent(id)}`;

/** The meetings of a trajectory from the answers this viewer may read (a restricted form's meetings are not theirs). */
const meetingsFor = (viewer: Viewer, t: Trajectory, def: CompiledDefinition) => meetingsOf(def, snapshotOf(def, t), { roles: rolesIn(viewer, t, def) });

function itemsOf(viewer: Viewer, t: Trajectory, def: CompiledDefinition, origin: string): AgendaItem[] {
  return meetingsFor(viewer, t, def).map((meeting) => ({
    trajectoryId: t.id, schoolName: t.label ? `${t.school.name} · ${t.label}` : t.school.name, typeTitle: def.definition.title, meeting, url: trajectoryUrl(origin, t.id),
  }));
}

/** The meetings of one trajectory the viewer may see (404 otherwise, also for another school's). */
export async function trajectoryMeetings(deps: TrajectoryDeps, viewer: Viewer, id: string): Promise<{ t: Trajectory; meetings: Meeting[] }> {
  const { t, def } = await loadVisible(deps, viewer, id);
  return { t, meetings: meetingsFor(viewer, t, def) };
}

/** One meeting of a trajectory as an agenda item; 404 when the trajectory has no such meeting (yet). */
export async function trajectoryMeeting(deps: TrajectoryDeps, viewer: Viewer, id: string, meetingId: string, origin: string): Promise<AgendaItem> {
  const { t, def } = await loadVisible(deps, viewer, id);
  const item = itemsOf(viewer, t, def, origin).find((i) => i.meeting.id === meetingId);
  if (!item) throw new NotFound({ nl: 'Dit traject heeft (nog) geen afspraak met dit id.', en: 'This trajectory has no meeting with this id (yet).' }, '/meeting');
  return item;
}

const PAGE = 500;

/**
 * The meetings of every trajectory the viewer may see (the same reach as the trajectory list: never another
 * school's), earliest first. Read page by page, so a coach with many schools gets all of them.
 */
export async function visibleMeetings(deps: TrajectoryDeps, viewer: Viewer, origin: string): Promise<AgendaItem[]> {
  const items: AgendaItem[] = [];
  const scope = await scopeOf(deps, viewer);
  for (let offset = 0; ; offset += PAGE) {
    const rows = await deps.store.trajectories.list({ scope, limit: PAGE, offset });
    for (const t of rows) items.push(...itemsOf(viewer, t, await deps.registry.get(t.typeId, t.typeVersion), origin));
    if (rows.length < PAGE) break;
  }
  const instant = (i: AgendaItem) => (i.meeting.allDay ? `${i.meeting.start}T00:00:00.000Z` : i.meeting.start);
  return items.sort((a, b) => instant(a).localeCompare(instant(b)) || a.trajectoryId.localeCompare(b.trajectoryId));
}
