import { type CompiledDefinition, type Localized, describe } from '@koers/engine';
import type { Timer, Trajectory } from '@koers/store';
import type { SchoolTime } from '../time/calendar';
import { dateWords, dueWords, overdueWords } from '../time/words';
import { stepRef } from './labels';
import { snapshotOf } from './state';

/** A moment as the pages show it: the instant, its date in words, and how far away with the date. */
export function momentOf(dueAt: string, now: Date, anchor?: Parameters<typeof dueWords>[2]) {
  return { dueAt, date: dateWords(dueAt, { year: true }), words: dueWords(dueAt, now, anchor) };
}

/** Where a timer's event leads from its step: the resolved targets of its transitions (none: it stays). */
export function timerTargets(def: CompiledDefinition, step: string, event: string) {
  const paths = def.index.transitions.filter((tr) => tr.kind === 'event' && tr.source === step && tr.event === event)
    .flatMap((tr) => tr.resolved.filter((p): p is string => p !== undefined && p !== step));
  return [...new Set(paths)].map((p) => stepRef(def, p));
}

/** A timer's name: the definition's label, else what the schedule stored with it, else its event type. */
export function timerLabel(def: CompiledDefinition, timer: Pick<Timer, 'step' | 'event' | 'detail'>): Localized {
  const own = def.index.states.get(timer.step)?.config.meta?.timers?.[timer.event ?? '']?.label;
  const stored = (timer.detail as { label?: Localized } | null)?.label;
  return own ?? stored ?? { nl: timer.event ?? '', en: timer.event ?? '' };
}

/**
 * The time of a trajectory as its page shows it: "Volgende termijn" (the earliest due date of the steps it is in,
 * a school-calendar deadline in its own words: "voor de herfstvakantie (za 17 oktober 2026)"; once passed, how late:
 * "24 dagen over tijd (za 10 oktober 2026)", shown as "Termijn verstreken"), the timers that will
 * fire (the unfired `event` rows of the scheduler: label, moment, where they lead) and the school's region, with
 * whether it was assumed (Koers's rule: a school without region counts as midden).
 */
export function trajectoryTime(input: { def: CompiledDefinition; trajectory: Trajectory; school: SchoolTime; timers: Timer[]; now: Date }) {
  const { def, trajectory: t, school, timers, now } = input;
  const steps = t.status === 'done' ? [] : describe(def, snapshotOf(def, t), { calendar: school.calendar }).steps
    .filter((s) => s.dueAt !== undefined && def.index.states.get(s.path)?.kind !== 'final');
  const first = steps.map((s) => s.dueAt!).sort()[0];
  const due = steps.filter((s) => s.dueAt === first);
  const anchor = due.length === 1 ? def.index.states.get(due[0]!.path)?.config.meta?.deadline?.at : undefined;
  return {
    region: school.region,
    regionAssumed: school.regionAssumed,
    next: first === undefined ? null : {
      ...(new Date(first) < now ? { ...momentOf(first, now), words: overdueWords(first, now) } : momentOf(first, now, anchor)),
      overdue: new Date(first) < now, steps: due.map((s) => stepRef(def, s.path)),
    },
    timers: t.status === 'done' ? [] : timers.filter((tm) => tm.kind === 'event' && tm.firedAt === null).map((tm) => ({
      event: tm.event ?? '', label: timerLabel(def, tm), step: stepRef(def, tm.step), ...momentOf(tm.dueAt, now),
      to: timerTargets(def, tm.step, tm.event ?? ''),
    })),
  };
}
