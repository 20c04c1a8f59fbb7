import { localDate } from '@koers/engine';
import type { Viewer } from '../context';
import { Conflict, Unprocessable } from '../errors';
import type { TrajectoryDeps } from '../trajectories/service';
import { loadGroup, requireMayForm } from './access';
import { groupTrajectories } from './trajectories';
import { groupSummary, groupView } from './view';

export interface NewGroupRequest {
  typeId: string;
  name: string;
  programmeYear: string;
  leadUserIds?: string[];
}

/**
 * The groups the viewer may open: every group for an administrator, else those they lead; optionally of one type
 * and programme year. Groups of a type that no longer declares groups are left out.
 */
export async function listGroups(deps: TrajectoryDeps, viewer: Viewer, filter: { typeId?: string; year?: string }) {
  const groups = await deps.store.groups.list({
    ...(filter.typeId ? { typeId: filter.typeId } : {}), ...(filter.year ? { programmeYear: filter.year } : {}),
    ...(viewer.isAdmin ? {} : { leadUserId: viewer.userId }),
  });
  const out = [];
  for (const group of groups) {
    const def = await deps.registry.get(group.typeId).catch(() => undefined);
    if (!def?.definition.groups) continue;
    const leads = (await deps.store.groups.leads(group.id)).map((l) => ({ id: l.id, name: l.name }));
    out.push(groupSummary(def, group, leads));
  }
  return out;
}

const yearProblem = (year: string) => {
  const [from, to] = year.split('-').map(Number);
  return to === (from ?? 0) + 1 ? undefined : {
    nl: `Programmajaar "${year}" moet twee opeenvolgende jaren zijn, zoals 2026-2027.`, en: `Programme year "${year}" must be two consecutive years, such as 2026-2027.`,
  };
};

/**
 * Forms a group of a type that declares `groups` (administrators and holders of one of its lead roles). The leads
 * are `leadUserIds`, or the one forming it when they are not an administrator; each must exist. A type with
 * `capacity.perYear` refuses a group past it for the programme year (409 `group-capacity`, checked under a lock).
 */
export async function createGroup(deps: TrajectoryDeps, viewer: Viewer, request: NewGroupRequest) {
  const def = await deps.registry.get(request.typeId);
  const spec = def.definition.groups;
  if (!spec) {
    const message = { nl: `Trajectsoort "${def.definition.title.nl}" werkt niet met groepen.`, en: `Trajectory type "${def.definition.title.en}" does not work with groups.` };
    throw new Unprocessable(message, [{ path: '/typeId', message }], '/typeId');
  }
  requireMayForm(viewer, def);
  const year = yearProblem(request.programmeYear);
  if (year) throw new Unprocessable(year, [{ path: '/programmeYear', message: year }], '/programmeYear');
  const leadIds = request.leadUserIds ?? (viewer.isAdmin ? [] : [viewer.userId]);
  for (const [i, id] of leadIds.entries()) {
    if (!(await deps.store.users.findById(id))) {
      const message = { nl: 'Deze gebruiker bestaat niet.', en: 'This user does not exist.' };
      throw new Unprocessable(message, [{ path: `/leadUserIds/${i}`, message }], `/leadUserIds/${i}`);
    }
  }
  const created = await deps.store.groups.create({
    typeId: def.definition.id, name: request.name.trim(), programmeYear: request.programmeYear, createdBy: viewer.userId, leadUserIds: leadIds,
    at: deps.clock.now(), ...(spec.capacity ? { perYear: spec.capacity.perYear } : {}),
  });
  if (created.kind === 'capacity-full') {
    const base = spec.capacity?.message ?? { nl: 'Er zijn geen plaatsen meer (vol = vol).', en: 'There are no places left.' };
    throw new Conflict('group-capacity', {
      nl: `${base.nl} Programmajaar ${request.programmeYear} heeft al ${created.count} ${created.count === 1 ? 'groep' : 'groepen'} van deze soort.`,
      en: `${base.en} Programme year ${request.programmeYear} already has ${created.count} ${created.count === 1 ? 'group' : 'groups'} of this type.`,
    }, '/programmeYear', { count: created.count });
  }
  return showGroup(deps, viewer, created.group.id);
}

/** The group page for its leads and administrators (see `groupView`). */
export async function showGroup(deps: TrajectoryDeps, viewer: Viewer, id: string) {
  const { group, def, leads } = await loadGroup(deps, viewer, id);
  const [view, own] = await Promise.all([
    groupView(deps.store, def, group, leads, { canManage: true, today: localDate(deps.clock.now().toISOString()) }),
    groupTrajectories(deps, group),
  ]);
  return { ...view, ...own };
}

/** The group's type diagram with how many members stand in each step (and how many of those are overdue). */
export async function groupOverlay(deps: TrajectoryDeps, viewer: Viewer, id: string) {
  const { group, def } = await loadGroup(deps, viewer, id);
  const members = await deps.store.groups.members(group.id);
  const overlay: Record<string, { count: number }> = {};
  for (const m of members) {
    if (m.status !== 'active') continue;
    for (const step of m.steps) if (def.index.states.has(step)) overlay[step] = { count: (overlay[step]?.count ?? 0) + 1 };
  }
  return { def, overlay };
}
