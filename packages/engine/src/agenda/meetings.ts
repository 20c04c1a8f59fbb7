import { Temporal } from 'temporal-polyfill';
import { humanizeValue } from '../format/localize';
import type { FormDefinition, JsonObject, JsonValue, Localized } from '../format/types';
import { answerText } from '../describe/values';
import { readableAnswers } from '../access/form-access';
import { type MeetingField, TIME_OF_DAY, meetingFields, siblingPointer } from '../forms/meetings';
import { escapePointer, pointerSegments } from '../load/json';
import type { CompiledDefinition } from '../run/compile';
import type { TrajectorySnapshot } from '../run/snapshot';
import { SCHOOL_TIME_ZONE, addDuration } from '../time/duration';

/** A meeting a trajectory has planned or held: a filled-in meeting field of one of its forms. */
export interface Meeting {
  /** Stable within the trajectory: period, form and field (`1~pd-intake~startgesprekDatum`); URL-safe. */
  id: string;
  formId: string;
  /** Data pointer of the field with list positions filled in (`/gespreksplanning/2/datum`). */
  pointer: string;
  /** The period of the trajectory the answer belongs to (1 for the first; earlier periods stay in the agenda). */
  period: number;
  title: Localized;
  /** The step that shows or submits the form (its path), if any does. */
  step?: string;
  stepTitle?: Localized;
  allDay: boolean;
  /** All-day: the local date `YYYY-MM-DD`; else an ISO instant in UTC. */
  start: string;
  /** Exclusive end, in the same form as `start`. */
  end: string;
  duration: string;
}

/**
 * The meetings of a trajectory, from the answers in its snapshot (this period's and earlier periods') and the
 * `meeting` fields of the definition's forms, earliest first. Two fields with the same title on the same day
 * (the startgesprek planned at the intake and recorded at the startgesprek) are one meeting: the one with a time
 * of day, else the first in form order. A date field whose time field (`time`) is filled in is a meeting at that time in Europe/Amsterdam.
 * A field without a valid date is no meeting yet. With `roles`, only the answers those roles may read count
 * (`formAccess`): a restricted form's meetings are not shown to others. Pure: nothing but its arguments.
 * @example meetingsOf(def, snapshot).map((m) => `${m.start} ${m.title.nl}`) // ['2026-10-20 Startgesprek', …]
 */
export function meetingsOf(def: CompiledDefinition, snapshot: TrajectorySnapshot, options: { roles?: readonly string[] } = {}): Meeting[] {
  const answers = [
    ...snapshot.context.periods.map((p) => ({ period: p.period, forms: p.forms })),
    { period: snapshot.context.period, forms: snapshot.context.forms },
  ];
  const byDay = new Map<string, Meeting>();
  for (const [formId, form] of def.forms) {
    const fields = meetingFields(form.definition);
    if (fields.length === 0) continue;
    const step = stepOf(def, formId);
    for (const { period, forms } of answers) {
      const answered = forms[formId];
      const data = answered && options.roles ? readableAnswers(def.definition, formId, answered, options.roles) : answered;
      if (!data) continue;
      for (const field of fields) {
        for (const { pointer, value } of valuesAt(data, field.pointer)) {
          const beside = (name: string | undefined) => (name === undefined ? undefined : valuesAt(data, siblingPointer(pointer, name))[0]?.value);
          const title = titleOf(form.definition, field, beside(field.titleField));
          const meeting = meetingAt({ ...field, title }, value, beside(field.timeField), { formId, pointer, period, ...step });
          if (!meeting) continue;
          const key = `${meeting.title.nl}|${localDay(meeting)}`;
          const known = byDay.get(key);
          // The one with a time says more than the all-day one.
          if (!known || (known.allDay && !meeting.allDay)) byDay.set(key, meeting);
        }
      }
    }
  }
  return [...byDay.values()].sort((a, b) => instantOf(a).localeCompare(instantOf(b)) || a.id.localeCompare(b.id));
}

function meetingAt(field: MeetingField, value: unknown, time: unknown, at: { formId: string; pointer: string; period: number; step?: string; stepTitle?: Localized }): Meeting | undefined {
  if (typeof value !== 'string') return undefined;
  const id = [String(at.period), at.formId, ...pointerSegments(at.pointer)].map((s) => encodeURIComponent(s).replace(/~/g, '%7E')).join('~');
  const base = { id, ...at, title: field.title, allDay: field.allDay, duration: field.duration };
  try {
    const clock = typeof time === 'string' ? TIME_OF_DAY.exec(time.trim()) : null;
    if (field.allDay && clock && field.timedDuration && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const local = Temporal.PlainDate.from(value, { overflow: 'reject' }).toPlainDateTime({ hour: Number(clock[1]), minute: Number(clock[2]) });
      const start = new Date(local.toZonedDateTime(SCHOOL_TIME_ZONE).epochMilliseconds).toISOString();
      return { ...base, allDay: false, duration: field.timedDuration, start, end: addDuration(start, field.timedDuration) };
    }
    if (field.allDay) {
      const day = Temporal.PlainDate.from(value, { overflow: 'reject' });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
      return { ...base, start: day.toString(), end: day.add(Temporal.Duration.from(field.duration)).toString() };
    }
    const start = /(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(value)
      ? new Date(Temporal.Instant.from(value).epochMilliseconds).toISOString()
      : new Date(Temporal.PlainDateTime.from(value).toZonedDateTime(SCHOOL_TIME_ZONE).epochMilliseconds).toISOString();
    return { ...base, start, end: addDuration(start, field.duration) };
  } catch {
    return undefined;
  }
}

/** The meeting's own title, or the answer of its `titleFrom` field as the form shows it (translated, else humanized). */
function titleOf(form: FormDefinition, field: MeetingField, answer: unknown): Localized {
  if (field.titleField === undefined || (typeof answer !== 'string' && typeof answer !== 'number') || answer === '') return field.title;
  const pointer = siblingPointer(field.pointer, field.titleField);
  const named = (lang: 'nl' | 'en') => {
    const text = answerText(form, pointer, answer as JsonValue, lang);
    return text === String(answer) ? humanizeValue(answer) : text;
  };
  return { nl: named('nl'), en: named('en') };
}

/** The day of a meeting in the school's zone: two fields with one title on one day are one meeting. */
const localDay = (m: Meeting) => (m.allDay ? m.start : Temporal.Instant.from(m.start).toZonedDateTimeISO(SCHOOL_TIME_ZONE).toPlainDate().toString());

/** Sorting key: an all-day meeting counts from midnight UTC of its day, which is close enough to order a list. */
const instantOf = (m: Meeting) => (m.allDay ? `${m.start}T00:00:00.000Z` : m.start);

/** The first step (in definition order) that shows the form or has an event carrying it. */
function stepOf(def: CompiledDefinition, formId: string): { step?: string; stepTitle?: Localized } {
  for (const info of def.index.states.values()) {
    const meta = info.config.meta;
    if (!meta) continue;
    const carries = (meta.forms ?? []).includes(formId) || Object.values(meta.events ?? {}).some((e) => e.form === formId);
    if (carries) return { step: info.path, stepTitle: meta.title };
  }
  return {};
}

/** The values at a data pointer (`*` for every item of a list, or a list position), with their concrete pointers. */
function valuesAt(data: JsonObject, pattern: string): Array<{ pointer: string; value: unknown }> {
  let current: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: data }];
  for (const segment of pointerSegments(pattern)) {
    const next: Array<{ pointer: string; value: unknown }> = [];
    for (const { pointer, value } of current) {
      if (segment === '*' && Array.isArray(value)) {
        value.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else if (Array.isArray(value) && /^\d+$/.test(segment) && Number(segment) < value.length) {
        next.push({ pointer: `${pointer}/${segment}`, value: value[Number(segment)] });
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, segment)) {
        next.push({ pointer: `${pointer}/${escapePointer(segment)}`, value: (value as Record<string, unknown>)[segment] });
      }
    }
    current = next;
  }
  return current;
}
