import { Temporal } from 'temporal-polyfill';
import type { FormDefinition, Localized } from '../format/types';
import { escapePointer } from '../load/json';
import { NAMED } from './schema-words';

/**
 * The `meeting` keyword of a form's JSON Schema, on a `date` or `date-time` field: `true`, or the meeting's
 * own title and how long it lasts. A `date` field is an all-day meeting (duration in whole days, default P1D);
 * a `date-time` field starts at that moment (default PT1H). On a `date` field, `time` names a text field beside it
 * holding the time of day (`14:30`, Europe/Amsterdam): filled in, the meeting starts then (default PT1H).
 * `titleFrom` names a field beside it whose answer names the meeting (a row of a planning: "Tussentijdse evaluatie").
 * @example { "type": "string", "format": "date-time", "meeting": { "title": { "nl": "Startgesprek", "en": "Start meeting" }, "duration": "PT1H30M" } }
 */
export type MeetingKeyword = true | { title?: Localized; duration?: string; time?: string; titleFrom?: string };

/** A field of a form that is a meeting; `pointer` is a data pointer, `*` for every item of a list. */
export interface MeetingField {
  pointer: string;
  /** Where the keyword sits in the form's schema (`/properties/datum/meeting`). */
  schemaPointer: string;
  allDay: boolean;
  title: Localized;
  /** How long it lasts; for an all-day meeting whose time field is filled in, `timedDuration`. */
  duration: string;
  /** For a date field with `time`: the field beside it with the time of day, and how long the meeting then lasts. */
  timeField?: string;
  timedDuration?: string;
  /** The field beside it whose answer (a choice) names the meeting, when filled in. */
  titleField?: string;
}

/** The Ajv definition of the keyword: a marker for Koers, no validation of the data. */
export const MEETING_KEYWORD = {
  keyword: 'meeting',
  schemaType: ['boolean', 'object'],
  metaSchema: {
    anyOf: [
      { const: true },
      {
        type: 'object', additionalProperties: false,
        properties: {
          title: { type: 'object', required: ['nl', 'en'], additionalProperties: false, properties: { nl: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } } },
          duration: { type: 'string' },
          time: { type: 'string' },
          titleFrom: { type: 'string' },
        },
      },
    ],
  },
} as const;

/**
 * Whether an ISO 8601 duration is positive (`PT1H30M`, `P1D`), and for an all-day meeting whether it is whole
 * days or weeks. Undefined when fine, else what is wrong in Dutch and English.
 */
export function meetingDurationProblem(duration: unknown, allDay: boolean): Localized | undefined {
  let parsed: Temporal.Duration | undefined;
  try {
    parsed = typeof duration === 'string' && /^P/.test(duration) ? Temporal.Duration.from(duration) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.sign <= 0) {
    return {
      nl: `duur ${JSON.stringify(duration)} is geen positieve ISO 8601-duur (zoals PT1H30M of P1D)`,
      en: `duration ${JSON.stringify(duration)} is not a positive ISO 8601 duration (such as PT1H30M or P1D)`,
    };
  }
  if (allDay && (parsed.years !== 0 || parsed.months !== 0 || parsed.hours !== 0 || parsed.minutes !== 0 || parsed.seconds !== 0
    || parsed.milliseconds !== 0 || parsed.microseconds !== 0 || parsed.nanoseconds !== 0)) {
    return {
      nl: `een afspraak op een datumveld duurt hele dagen: gebruik dagen of weken (P1D, P2D, P1W), niet ${duration}`,
      en: `a meeting on a date field lasts whole days: use days or weeks (P1D, P2D, P1W), not ${duration}`,
    };
  }
  return undefined;
}

/**
 * Every `meeting` keyword in a form's schema with where it is and the field it sits on (`undefined` when it
 * is not on a field: inside `allOf`, `definitions`, …). Fields are found through `properties` and `items`.
 */
export function meetingKeywords(schema: unknown): Array<{ schemaPointer: string; value: unknown; field?: { pointer: string; node: Record<string, unknown> } }> {
  const out: Array<{ schemaPointer: string; value: unknown; field?: { pointer: string; node: Record<string, unknown> } }> = [];
  const visit = (node: unknown, at: string, field: string | undefined, names: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const childAt = `${at}/${escapePointer(key)}`;
      if (Array.isArray(node)) {
        visit(child, childAt, undefined, false);
      } else if (names) {
        visit(child, childAt, field === undefined ? undefined : `${field}/${escapePointer(key)}`, false);
      } else if (key === 'meeting') {
        out.push({ schemaPointer: childAt, value: child, ...(field === undefined ? {} : { field: { pointer: field, node: node as Record<string, unknown> } }) });
      } else if (key === 'properties') {
        visit(child, childAt, field, true);
      } else if (key === 'items' && !Array.isArray(child)) {
        visit(child, childAt, field === undefined ? undefined : `${field}/*`, false);
      } else if (!['const', 'enum', 'default', 'examples'].includes(key)) {
        visit(child, childAt, undefined, NAMED.has(key));
      }
    }
  };
  visit(schema, '', '', false);
  return out;
}

/**
 * The meeting fields of a linted form, in schema order. The title is the keyword's own, else the form's title.
 * @example meetingFields(startgesprek) // [{ pointer: '/datum', allDay: true, title: { nl: 'Startgesprek', … }, duration: 'P1D', … }]
 */
export function meetingFields(form: Pick<FormDefinition, 'schema' | 'title'>): MeetingField[] {
  const fields: MeetingField[] = [];
  for (const { schemaPointer, value, field } of meetingKeywords(form.schema)) {
    if (!field || value === false) continue;
    const allDay = field.node.format !== 'date-time';
    const spec = typeof value === 'object' && value !== null ? value as { title?: Localized; duration?: string; time?: string; titleFrom?: string } : {};
    const timed = allDay && typeof spec.time === 'string' ? { timeField: spec.time, timedDuration: spec.duration ?? 'PT1H' } : {};
    const duration = allDay ? (timed.timeField ? 'P1D' : spec.duration ?? 'P1D') : spec.duration ?? 'PT1H';
    fields.push({
      pointer: field.pointer, schemaPointer, allDay, title: spec.title ?? form.title, duration, ...timed,
      ...(typeof spec.titleFrom === 'string' ? { titleField: spec.titleFrom } : {}),
    });
  }
  return fields;
}

/** The data pointer of the field `name` beside the field at `pointer` (in the same object). */
export function siblingPointer(pointer: string, name: string): string {
  return `${pointer.slice(0, pointer.lastIndexOf('/'))}/${escapePointer(name)}`;
}

/** How a time of day is written in a time field: `9:30` or `14:30`. */
export const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;
