import { textIn } from '@koers/engine';
import type { Viewer } from '../context';
import { type TrajectoryDeps, scopeOf } from '../trajectories/service';
import { daysBetween } from '../trajectories/labels';
import { waitingOfList } from '../trajectories/waiting-list';
import { definitionsOf, requireCoach, stepsOf } from './service';

export interface AllOptions {
  /** Only this type (its column). */
  typeId?: string;
  /** Only trajectories with a step past its due time. */
  overdue?: boolean;
  /** Only trajectories with an open flag. */
  flagged?: boolean;
}

/**
 * The coach's first screen: every running trajectory of every type at the schools the viewer may see, as a
 * school × type matrix. Per cell the current step(s), days over time and who it waits for (the same waiting roles
 * as the type overview); the schools most urgent first: the most days over time, then the most trajectories over
 * time, open flags, the longest in one step, and the name. Every version of a type counts.
 */
export async function overviewOfAll(deps: TrajectoryDeps, viewer: Viewer, options: AllOptions = {}) {
  await requireCoach(viewer, deps.registry);
  // An unknown type is a 404 at /typeId, not an empty matrix.
  if (options.typeId !== undefined) await deps.registry.get(options.typeId);
  const now = deps.clock.now();
  const items = await deps.store.overview.list({ typeId: options.typeId, scope: await scopeOf(deps, viewer), flagged: options.flagged === true });
  const defOf = await definitionsOf(deps, items);
  // Who it waits for: who can act now, by the same rule as the type overview (`waitingRoles` there).
  const waiting = await waitingOfList(deps, items.map((item) => ({
    id: item.trajectoryId, school: item.school, subject: item.subject, label: item.label, snapshot: item.snapshot, def: defOf(item),
  })), now);
  const cells = items.map((item) => {
    const def = defOf(item);
    const { waits, view } = waiting.get(item.trajectoryId)!;
    const steps = stepsOf(def, item, now, waits.steps).map(({ path, title, daysInStep, expectedDays, dueAt, overdue }) => ({
      path, title, daysInStep, expectedDays, dueAt, overdue, daysLate: overdue && dueAt ? daysBetween(dueAt, now) : 0,
    }));
    return {
      school: item.school, trajectoryId: item.trajectoryId, type: { id: item.typeId, version: item.typeVersion }, label: item.label,
      steps, overdue: steps.some((s) => s.overdue), daysLate: Math.max(0, ...steps.map((s) => s.daysLate)),
      waitingRoles: view.roles.map(({ id, title }) => ({ id, title })),
      lastActivityAt: item.lastActivityAt, daysSinceActivity: daysBetween(item.lastActivityAt, now), openFlags: item.openFlags,
    };
  }).filter((cell) => !options.overdue || cell.overdue);

  const newest = new Map(await Promise.all([...new Set(cells.map((c) => c.type.id))].map(async (id) => [id, await deps.registry.get(id)] as const)));
  const types = [...newest.values()].map((def) => {
    const of = cells.filter((c) => c.type.id === def.definition.id);
    return {
      id: def.definition.id, title: def.definition.title, versions: [...new Set(of.map((c) => c.type.version))].sort((a, b) => a - b),
      active: of.length, overdue: of.filter((c) => c.overdue).length,
    };
  }).sort((a, b) => b.active - a.active || textIn(a.title, 'nl').localeCompare(textIn(b.title, 'nl'), 'nl'));
  const column = new Map(types.map((t, i) => [t.id, i]));

  const bySchool = new Map<string, typeof cells>();
  for (const cell of cells) bySchool.set(cell.school.id, [...(bySchool.get(cell.school.id) ?? []), cell]);
  const longest = (of: typeof cells) => Math.max(0, ...of.flatMap((c) => c.steps.map((s) => s.daysInStep)));
  const schools = [...bySchool.values()].map((of) => ({
    school: { id: of[0]!.school.id, name: of[0]!.school.name },
    overdue: of.filter((c) => c.overdue).length, daysLate: Math.max(...of.map((c) => c.daysLate)),
    openFlags: of.reduce((n, c) => n + c.openFlags, 0), longest: longest(of),
    trajectories: of.sort((a, b) => column.get(a.type.id)! - column.get(b.type.id)!).map(({ school: _, ...cell }) => cell),
  })).sort((a, b) => b.daysLate - a.daysLate || b.overdue - a.overdue || b.openFlags - a.openFlags || b.longest - a.longest
    || a.school.name.localeCompare(b.school.name, 'nl')).map(({ longest: _, ...row }) => row);
  return { at: now.toISOString(), types, schools };
}
