import { type CompiledDefinition, type RolePolicy, isDecisionPoint } from '@koers/engine';
import type { Overlay } from '@koers/diagram';
import type { Viewer } from '../context';
import { Forbidden } from '../errors';
import { rolePolicy } from '../role-policy';
import { type TrajectoryDeps, scopeOf } from '../trajectories/service';
import { UPCOMING_DAYS, timeAhead } from './upcoming';
import { contextSummary, daysBetween, expectedDays, stepRef, waitingFor } from '../trajectories/labels';
import { waitingOfList } from '../trajectories/waiting-list';

/**
 * Whether a viewer may see the coach overview: admins, and whoever holds a role a published type declares
 * coaching (`"coach": true`, such as procesbegeleider) somewhere; they see the schools they are assigned to.
 */
export function isCoach(viewer: Viewer, policy: RolePolicy): boolean {
  return viewer.isAdmin || viewer.memberships.some((m) => policy.coaching.has(m.role));
}

/** The viewer if they may see the coach overview, else 403. */
export async function requireCoach(viewer: Viewer, registry: TrajectoryDeps['registry']): Promise<Viewer> {
  if (isCoach(viewer, await rolePolicy(registry))) return viewer;
  throw new Forbidden({ nl: 'Alleen procesbegeleiders en beheerders zien het overzicht.', en: 'Only process coaches and administrators see the overview.' });
}

/** The leaf steps of a definition in the order they are written: the rows of the overview. */
function leafSteps(def: CompiledDefinition): string[] {
  return [...def.index.states.values()].filter((s) => s.kind === 'atomic' || s.kind === 'final').map((s) => s.path);
}

/** Counts per step as the diagram's overlay. */
export async function overlayFor(deps: TrajectoryDeps, viewer: Viewer, def: CompiledDefinition): Promise<Overlay> {
  const counts = await deps.store.overview.counts({ typeId: def.definition.id, version: def.definition.version, scope: await scopeOf(deps, await requireCoach(viewer, deps.registry)) }, deps.clock.now());
  return Object.fromEntries(counts.filter((c) => def.index.states.has(c.step)).map((c) => [c.step, { count: c.count, overdue: c.overdue }]));
}

/**
 * The coach overview of a type version, over the schools the viewer may see: per step how many
 * trajectories are there and how many are overdue, and per school where it is, for how long against the
 * expected duration, what it waits for (which form, which role), its last activity, its budgets and its open
 * flags; with `flagged`, only the schools whose trajectory has an open flag (the step counts stay over all).
 */
export async function overview(deps: TrajectoryDeps, viewer: Viewer, typeId: string, version?: number, options: { flagged?: boolean } = {}) {
  await requireCoach(viewer, deps.registry);
  const def = await deps.registry.get(typeId, version);
  const query = { typeId: def.definition.id, version: def.definition.version, scope: await scopeOf(deps, viewer) };
  const now = deps.clock.now();
  const [counts, items] = await Promise.all([deps.store.overview.counts(query, now), deps.store.overview.list({ ...query, flagged: options.flagged === true })]);
  const byStep = new Map(counts.map((c) => [c.step, c]));
  const [ahead, waiting] = await Promise.all([timeAhead(deps.store, def, items, now), waitingOfList(deps, items.map((item) => ({
    id: item.trajectoryId, school: item.school, subject: item.subject, label: item.label, snapshot: item.snapshot, def,
  })), now)]);
  const schools = items.map((item) => {
    const { waits, view } = waiting.get(item.trajectoryId)!;
    const steps = item.steps.map((path, i) => {
      const enteredAt = item.stepsEnteredAt[path] || item.lastActivityAt;
      const dueAt = item.stepsDueAt[i] ?? null;
      return {
        ...stepRef(def, path), enteredAt, daysInStep: daysBetween(enteredAt, now), expectedDays: expectedDays(enteredAt, dueAt),
        dueAt, overdue: dueAt !== null && new Date(dueAt) < now, waitingFor: waitingFor(def, path, waits.steps[path] ?? []),
      };
    });
    return {
      trajectoryId: item.trajectoryId, school: { id: item.school.id, name: item.school.name }, label: item.label, version: item.version,
      steps, overdue: steps.some((s) => s.overdue), waitingRoles: view.roles.map(({ id, title }) => ({ id, title })), waitingFor: view,
      lastActivityAt: item.lastActivityAt, daysSinceActivity: daysBetween(item.lastActivityAt, now),
      budgets: contextSummary(def, { budgets: item.budgets }).budgets,
      openFlags: item.openFlags,
      ...ahead.get(item.trajectoryId)!,
    };
  });
  return {
    type: { id: def.definition.id, version: def.definition.version, title: def.definition.title },
    at: now.toISOString(),
    upcomingDays: UPCOMING_DAYS,
    totals: {
      active: schools.length, overdue: schools.filter((s) => s.overdue).length,
      // A finished trajectory rests in a top-level final step (a parallel region's final step is not the end).
      done: counts.filter((c) => { const s = def.index.states.get(c.step); return s?.kind === 'final' && s.parent === ''; })
        .reduce((n, c) => n + c.count, 0),
    },
    // Decision points are passed in a moment: a row only when a trajectory is stuck in one.
    steps: leafSteps(def).filter((path) => byStep.has(path) || !isDecisionPoint(def.index.states.get(path)!)).map((path) => ({
      ...stepRef(def, path), count: byStep.get(path)?.count ?? 0, overdue: byStep.get(path)?.overdue ?? 0,
      ...(def.index.states.get(path)?.config.meta?.expectedDuration ? { expectedDuration: def.index.states.get(path)!.config.meta!.expectedDuration } : {}),
    })),
    schools,
  };
}
