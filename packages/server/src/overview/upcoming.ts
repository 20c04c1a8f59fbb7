import type { CompiledDefinition } from '@koers/engine';
import type { OverviewItem, SentReminders, Store, UpcomingTimer } from '@koers/store';
import { roleRef, stepRef } from '../trajectories/labels';
import { momentOf, timerLabel, timerTargets } from '../trajectories/time';

/** How many days ahead the coach overview looks for due dates and timers. */
export const UPCOMING_DAYS = 14;
const DAY = 86_400_000;

/**
 * Per trajectory of the overview: what comes in the next `UPCOMING_DAYS` days (the due dates of its current steps
 * that have not passed, and the timers the scheduler will fire: unfired `event` rows, also one whose moment passed
 * a moment ago), and the reminders the scheduler sent about it, named by the version the trajectory runs on. Only the listed trajectories count, so the
 * viewer's scope (schools, trajectories a membership is narrowed to) and the type version are the overview's own.
 * Two queries whatever the number of schools.
 */
export async function timeAhead(store: Store, defOf: (item: OverviewItem) => CompiledDefinition, items: readonly OverviewItem[], now: Date) {
  const until = new Date(now.getTime() + UPCOMING_DAYS * DAY);
  const listed = new Set(items.map((i) => i.trajectoryId));
  const [timers, sent] = await Promise.all([
    store.timers.upcoming([...new Set(items.map((i) => i.school.id))], until),
    store.sentReminders.count([...listed]),
  ]);
  const timersOf = group(timers.filter((t) => t.kind === 'event' && listed.has(t.trajectoryId)));
  const sentOf = new Map(sent.map((s) => [s.trajectoryId, s]));
  return new Map(items.map((item) => [item.trajectoryId, item, defOf(item)] as const).map(([id, item, def]) => [id, {
    upcoming: [...dueSoon(def, item, now, until), ...(timersOf.get(item.trajectoryId) ?? []).map((t) => ({
      kind: 'timer' as const, label: timerLabel(def, t), step: stepRef(def, t.step), ...momentOf(t.dueAt, now),
      event: t.event ?? '', to: timerTargets(def, t.step, t.event ?? ''),
    }))].sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    reminders: remindersOf(def, sentOf.get(item.trajectoryId)),
  }]));
}

/** The current steps of a trajectory due between now and `until`. */
function dueSoon(def: CompiledDefinition, item: OverviewItem, now: Date, until: Date) {
  return item.steps.flatMap((path, i) => {
    const dueAt = item.stepsDueAt[i];
    if (!dueAt || new Date(dueAt) < now || new Date(dueAt) > until) return [];
    const step = stepRef(def, path);
    return [{ kind: 'due' as const, label: step.title, step, ...momentOf(dueAt, now) }];
  });
}

function group(timers: UpcomingTimer[]): Map<string, UpcomingTimer[]> {
  const out = new Map<string, UpcomingTimer[]>();
  for (const t of timers) out.set(t.trajectoryId, [...(out.get(t.trajectoryId) ?? []), t]);
  return out;
}

/** The counts for the overview; the roles nobody held, named as the type names them. */
const remindersOf = (def: CompiledDefinition, s: SentReminders | undefined) => ({
  reminders: s?.reminders ?? 0, escalations: s?.escalations ?? 0, lastAt: s?.lastAt ?? null,
  undelivered: s?.undelivered ?? 0, undeliveredRoles: (s?.undeliveredRoles ?? []).map((r) => roleRef(def, r)),
});
