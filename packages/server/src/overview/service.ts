import { type CompiledDefinition, type RolePolicy, isDecisionPoint } from '@koers/engine';
import type { OverviewItem } from '@koers/store';
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

/** The compiled definition of every version the items run on, by version (one load per version). */
export async function definitionsOf(deps: TrajectoryDeps, items: ReadonlyArray<{ typeId: string; typeVersion: number }>) {
  const keys = [...new Set(items.map((i) => `${i.typeId}@${i.typeVersion}`))];
  const loaded = await Promise.all(keys.map(async (key) => [key, await deps.registry.get(key.split('@')[0]!, Number(key.split('@')[1]))] as const));
  const byKey = new Map(loaded);
  return (item: { typeId: string; typeVersion: number }) => byKey.get(`${item.typeId}@${item.typeVersion}`)!;
}

/** A trajectory's current steps as the overview shows them: since when, against the expected duration, what each waits for. */
export function stepsOf(def: CompiledDefinition, item: OverviewItem, now: Date, canAct: Readonly<Record<string, readonly string[]>> = {}) {
  return item.steps.map((path, i) => {
    const enteredAt = item.stepsEnteredAt[path] || item.lastActivityAt;
    const dueAt = item.stepsDueAt[i] ?? null;
    return {
      ...stepRef(def, path), enteredAt, daysInStep: daysBetween(enteredAt, now), expectedDays: expectedDays(enteredAt, dueAt),
      dueAt, overdue: dueAt !== null && new Date(dueAt) < now, waitingFor: waitingFor(def, path, canAct[path] ?? []),
    };
  });
}

/**
 * Counts per step as the diagram's overlay: of the version asked for, or of every version (a path counts where
 * the drawn version has it).
 */
export async function overlayFor(deps: TrajectoryDeps, viewer: Viewer, def: CompiledDefinition, version?: number): Promise<Overlay> {
  const counts = await deps.store.overview.counts({ typeId: def.definition.id, version, scope: await scopeOf(deps, await requireCoach(viewer, deps.registry)) }, deps.clock.now());
  const overlay: Overlay = {};
  for (const c of counts.filter((c) => def.index.states.has(c.step))) {
    const was = overlay[c.step];
    overlay[c.step] = { count: (was?.count ?? 0) + c.count, overdue: (was?.overdue ?? 0) + c.overdue };
  }
  return overlay;
}

/**
 * The coach overview of a type, over the schools the viewer may see: per step how many trajectories are there
 * and how many are overdue, and per school where it is, for how long against the expected duration, what it waits
 * for (which form, which role), its last activity, its budgets and its open flags; with `flagged`, only the schools
 * whose trajectory has an open flag (the step counts stay over all); with `page`, `limit` schools from `offset` by name
 * (the totals stay over all the list holds, `schoolsTotal` says how many). Every version counts unless `version` names
 * one: a trajectory keeps the version it started on, and running work on version 1 is work all the same. The
 * steps are those of the version asked for (else the newest), followed by steps only an older version has.
 */
export async function overview(
  deps: TrajectoryDeps, viewer: Viewer, typeId: string, version?: number, options: { flagged?: boolean; page?: { limit: number; offset: number } } = {},
) {
  await requireCoach(viewer, deps.registry);
  const def = await deps.registry.get(typeId, version);
  const scope = await scopeOf(deps, viewer);
  const query = { typeId: def.definition.id, version, scope };
  const listed = { ...query, flagged: options.flagged === true };
  const now = deps.clock.now();
  const [counts, items, listTotals, versions] = await Promise.all([
    deps.store.overview.counts(query, now), deps.store.overview.list({ ...listed, ...(options.page ? { page: options.page } : {}) }),
    deps.store.overview.listTotals(listed, now), deps.store.overview.versions({ typeId: def.definition.id, scope }),
  ]);
  const defOf = await definitionsOf(deps, [...items, ...counts.map((c) => ({ typeId: def.definition.id, typeVersion: c.version }))]);
  const [ahead, waiting] = await Promise.all([timeAhead(deps.store, defOf, items, now), waitingOfList(deps, items.map((item) => ({
    id: item.trajectoryId, school: item.school, subject: item.subject, label: item.label, snapshot: item.snapshot, def: defOf(item),
  })), now)]);
  const schools = items.map((item) => {
    const own = defOf(item);
    const { waits, view } = waiting.get(item.trajectoryId)!;
    const steps = stepsOf(own, item, now, waits.steps);
    return {
      trajectoryId: item.trajectoryId, school: { id: item.school.id, name: item.school.name }, label: item.label, version: item.version,
      typeVersion: item.typeVersion, steps, overdue: steps.some((s) => s.overdue),
      waitingRoles: view.roles.map(({ id, title }) => ({ id, title })), waitingFor: view,
      lastActivityAt: item.lastActivityAt, daysSinceActivity: daysBetween(item.lastActivityAt, now),
      budgets: contextSummary(own, { budgets: item.budgets }).budgets,
      openFlags: item.openFlags,
      ...ahead.get(item.trajectoryId)!,
    };
  });
  const byStep = new Map<string, { count: number; overdue: number; def: CompiledDefinition }>();
  for (const c of counts) {
    const was = byStep.get(c.step);
    byStep.set(c.step, { count: (was?.count ?? 0) + c.count, overdue: (was?.overdue ?? 0) + c.overdue, def: was?.def ?? defOf({ typeId: def.definition.id, typeVersion: c.version }) });
  }
  const stepRow = (path: string, from: CompiledDefinition) => ({
    ...stepRef(from, path), count: byStep.get(path)?.count ?? 0, overdue: byStep.get(path)?.overdue ?? 0,
    ...(from.index.states.get(path)?.config.meta?.expectedDuration ? { expectedDuration: from.index.states.get(path)!.config.meta!.expectedDuration } : {}),
  });
  // A finished trajectory rests in a top-level final step of its version (a parallel region's final step is not the end).
  const isEnd = (c: { version: number; step: string }) => {
    const s = defOf({ typeId: def.definition.id, typeVersion: c.version }).index.states.get(c.step);
    return s?.kind === 'final' && s.parent === '';
  };
  return {
    type: { id: def.definition.id, version: def.definition.version, title: def.definition.title },
    at: now.toISOString(),
    upcomingDays: UPCOMING_DAYS,
    // Over every school the list holds, also those beyond this page.
    totals: {
      active: listTotals.total, overdue: listTotals.overdue,
      done: counts.filter(isEnd).reduce((n, c) => n + c.count, 0),
    },
    versions,
    // Decision points are passed in a moment: a row only when a trajectory is stuck in one.
    steps: [
      ...leafSteps(def).filter((path) => byStep.has(path) || !isDecisionPoint(def.index.states.get(path)!)).map((path) => stepRow(path, def)),
      ...[...byStep].filter(([path]) => !def.index.states.has(path)).map(([path, c]) => stepRow(path, c.def)),
    ],
    schools,
    schoolsTotal: listTotals.total,
    offset: options.page?.offset ?? 0,
  };
}
