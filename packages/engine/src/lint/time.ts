import type { Ref, TimeSpec, TrajectoryDefinition } from '../format/types';
import { type StateInfo, type StructureIndex, refList } from '../format/structure';
import { escapePointer } from '../load/json';
import { checkRole } from './definition';
import { checkDuration } from './durations';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * Timers, deadlines and reminders: every moment can be resolved (a known date key, a positive duration that gives a
 * date), a timer event has its transition in `on`, no timer waits on a final step, a step has `deadline` or
 * `expectedDuration` (not both), reminders have a due date and roles to remind, escalation names declared roles.
 * (Unknown anchors and durations that are no ISO 8601 are refused by the format schema before this.)
 */
export function checkTime(def: TrajectoryDefinition, index: StructureIndex, report: Report): void {
  const dates = knownDates(def, index);
  for (const info of index.states.values()) {
    const meta = info.config.meta;
    if (!meta) continue;
    const base = `${info.pointer}/meta`;
    const on = Object.keys(info.config.on ?? {});
    for (const [event, timer] of Object.entries(meta.timers ?? {})) {
      const pointer = `${base}/timers/${escapePointer(event)}`;
      checkSpec(timer, pointer, dates, report);
      if (timer.from === undefined && timer.after === undefined && timer.at === undefined) {
        report(pointer, 'timer-without-moment', `timer "${event}" zegt niet wanneer: geef "after", "at" of "from"`,
          `timer "${event}" does not say when: give "after", "at" or "from"`);
      }
      if (!on.includes(event)) {
        report(pointer, 'timer-unused', `timer "${event}" heeft geen overgang in "on" van deze stap`,
          `timer "${event}" has no transition in this step's "on"`);
      }
      if (info.kind === 'final') {
        report(pointer, 'timer-on-final', `een eindstap heeft geen timers: het traject is daar al klaar`,
          'a final state has no timers: the trajectory is finished there');
      }
    }
    if (meta.deadline) checkSpec(meta.deadline, `${base}/deadline`, dates, report);
    for (const key of ['deadline', 'reminders'] as const) {
      if (meta[key] && (info.kind === 'compound' || info.kind === 'parallel')) {
        report(`${base}/${key}`, 'due-on-compound',
          `"${key}" hoort bij een stap waarin gewerkt wordt, niet bij een samengestelde of parallelle stap; zet het op de stappen erin`,
          `"${key}" belongs on a step where work is done, not on a compound or parallel state; put it on the steps inside`);
      }
    }
    if (meta.deadline && meta.expectedDuration) {
      report(`${base}/deadline`, 'deadline-and-duration', 'een stap heeft "deadline" of "expectedDuration", niet allebei',
        'a step has "deadline" or "expectedDuration", not both');
    }
    if (meta.reminders) checkReminders(def, info, report);
  }
}

function checkReminders(def: TrajectoryDefinition, info: StateInfo, report: Report): void {
  const meta = info.config.meta!;
  const pointer = `${info.pointer}/meta/reminders`;
  if (!meta.deadline && !meta.expectedDuration) {
    report(pointer, 'reminders-without-due', 'herinneringen horen bij een termijn: geef de stap "deadline" of "expectedDuration"',
      'reminders need a due date: give the step "deadline" or "expectedDuration"');
  }
  if ((meta.roles ?? []).length === 0 && (meta.reminders!.before?.length || meta.reminders!.onDue || meta.reminders!.overdueEvery)) {
    report(pointer, 'reminders-without-roles', 'herinneringen gaan naar de rollen van de stap, maar "meta.roles" is leeg',
      'reminders go to the roles of the step, but "meta.roles" is empty');
  }
  (meta.reminders!.before ?? []).forEach((d, i) => checkDuration(d, `${pointer}/before/${i}`, report));
  if (meta.reminders!.overdueEvery) checkDuration(meta.reminders!.overdueEvery, `${pointer}/overdueEvery`, report);
  const escalate = meta.reminders!.escalate;
  if (escalate?.after) checkDuration(escalate.after, `${pointer}/escalate/after`, report);
  (escalate?.to ?? []).forEach((role, i) => checkRole(def, role, `${pointer}/escalate/to/${i}`, report));
}

function checkSpec(spec: TimeSpec, pointer: string, dates: Set<string>, report: Report): void {
  const from = spec.from;
  if (from !== undefined && from !== 'step' && from !== 'start' && !dates.has(from)) {
    const known = [...dates].map((d) => `"${d}"`).join(', ') || '—';
    report(`${pointer}/from`, 'unknown-date-key',
      `"${from}" is geen datum van dit traject; kies "step", "start" of een datum die recordDate vastlegt (${known})`,
      `"${from}" is no date of this trajectory; choose "step", "start" or a date recordDate records (${known})`);
  }
  if (spec.after) checkDuration(spec.after, `${pointer}/after`, report);
}

/** The dates a `from` may name: those in `dates` when the type names them, else every key recordDate records. */
function knownDates(def: TrajectoryDefinition, index: StructureIndex): Set<string> {
  if (def.dates) return new Set(Object.keys(def.dates));
  const keys = new Set<string>();
  const collect = (refs: unknown) => refList(refs as never).forEach((ref: Ref) => {
    if (typeof ref === 'object' && ref.type === 'recordDate' && typeof ref.params?.key === 'string') keys.add(ref.params.key);
  });
  for (const t of index.transitions) collect(t.config.actions);
  for (const info of index.states.values()) { collect(info.config.entry); collect(info.config.exit); }
  return keys;
}
