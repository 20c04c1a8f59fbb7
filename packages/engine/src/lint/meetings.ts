import { schemaAt } from '../forms/fields';
import { meetingDurationProblem, meetingKeywords, siblingPointer } from '../forms/meetings';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * Checks every `meeting` keyword of a form's schema: it sits on a text field with format `date` or `date-time`
 * (not inside `allOf`, `definitions`, …), is `true` or `{ title: {nl, en}, duration }`, and its duration is a
 * positive ISO 8601 duration (whole days on a `date` field without `time`); `time`, on a date field only, names a
 * text field beside it, `titleFrom` any field beside it. Pointers are into the form file (`/schema/…`).
 */
export function checkMeetings(schema: unknown, report: Report): void {
  for (const { schemaPointer, value, field } of meetingKeywords(schema)) {
    const at = `/schema${schemaPointer}`;
    const format = field?.node.format;
    if (!field || field.node.type !== 'string' || (format !== 'date' && format !== 'date-time')) {
      report(at, 'meeting-not-a-date',
        'een afspraak ("meeting") hoort op een tekstveld met "format": "date" of "date-time"',
        'a meeting ("meeting") belongs on a text field with "format": "date" or "date-time"');
      continue;
    }
    if (value === true) continue;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(at, 'bad-meeting', '"meeting" is true of { "title": { "nl", "en" }, "duration": "PT1H" }',
        '"meeting" is true or { "title": { "nl", "en" }, "duration": "PT1H" }');
      continue;
    }
    const spec = value as Record<string, unknown>;
    for (const key of Object.keys(spec).filter((k) => !['title', 'duration', 'time', 'titleFrom'].includes(k))) {
      report(`${at}/${key}`, 'bad-meeting', `onbekende eigenschap "${key}" van een afspraak (alleen title, duration, time en titleFrom)`,
        `unknown property "${key}" of a meeting (only title, duration, time and titleFrom)`);
    }
    if (spec.titleFrom !== undefined && (typeof spec.titleFrom !== 'string' || schemaAt(schema, siblingPointer(field.pointer, spec.titleFrom)) === undefined)) {
      report(`${at}/titleFrom`, 'bad-meeting-title-from', `"titleFrom" noemt een veld naast dit datumveld; ${JSON.stringify(spec.titleFrom)} is dat niet`,
        `"titleFrom" names a field beside this date field; ${JSON.stringify(spec.titleFrom)} is not one`);
    }
    const timed = spec.time !== undefined;
    if (timed) {
      const time = typeof spec.time === 'string' && format === 'date' ? schemaAt(schema, siblingPointer(field.pointer, spec.time)) : undefined;
      if (time?.type !== 'string') {
        report(`${at}/time`, 'bad-meeting-time',
          format === 'date' ? `"time" noemt een tekstveld naast dit datumveld met de tijd (uu:mm); ${JSON.stringify(spec.time)} is dat niet`
            : '"time" hoort alleen op een datumveld; een datum-tijdveld heeft zijn tijd al',
          format === 'date' ? `"time" names a text field beside this date field holding the time (hh:mm); ${JSON.stringify(spec.time)} is not one`
            : '"time" belongs on a date field only; a date-time field has its time already');
      }
    }
    const title = spec.title as Record<string, unknown> | undefined;
    if (title !== undefined && !(title !== null && typeof title === 'object' && typeof title.nl === 'string' && title.nl.trim() !== ''
      && typeof title.en === 'string' && title.en.trim() !== '' && Object.keys(title).length === 2)) {
      report(`${at}/title`, 'bad-meeting', 'de titel van een afspraak is { "nl": "…", "en": "…" }, beide ingevuld',
        'a meeting\'s title is { "nl": "…", "en": "…" }, both filled in');
    }
    if (spec.duration !== undefined) {
      const problem = meetingDurationProblem(spec.duration, format === 'date' && !timed);
      if (problem) report(`${at}/duration`, 'bad-meeting-duration', problem.nl, problem.en);
    }
  }
}
