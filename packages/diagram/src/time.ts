import type { CompiledDefinition, Lang, ReminderSpec, StepMeta, TimeSpec } from '@koers/engine';
import { durationText, textIn, timeWords } from '@koers/engine';

/**
 * The clock drawn before a timer's label. U+25F7 (a clock face) rather than ⏱: DejaVu Sans, the one font of the
 * DOT, SVG and PNG, has it, so the PNG shows a clock and not an empty box.
 */
export const CLOCK = '◷';

/** Fixed texts about time in diagrams and documents, Dutch first. */
export const TIME_WORDS = {
  due: { nl: 'termijn', en: 'due' },
  timers: { nl: 'Tijd', en: 'Time' },
  reminders: { nl: 'herinneringen', en: 'reminders' },
  onDue: { nl: 'op de termijn', en: 'on the due date' },
} as const;

const PHRASES = {
  before: { nl: (d: string) => `${d} voor de termijn`, en: (d: string) => `${d} before it is due` },
  every: { nl: (d: string) => `elke ${d} zolang over tijd`, en: (d: string) => `every ${d} while overdue` },
  escalate: { nl: (to: string) => `bij over tijd naar ${to}`, en: (to: string) => `when overdue to ${to}` },
  escalateAfter: { nl: (d: string, to: string) => `${d} over tijd naar ${to}`, en: (d: string, to: string) => `${d} overdue to ${to}` },
};

/** A moment in words, with the type's date titles: "na 6 maanden", "18 maanden na startgesprek gehouden", "voor de herfstvakantie". */
export function momentText(spec: TimeSpec, def: CompiledDefinition, lang: Lang): string {
  return timeWords(spec, def.definition.dates)[lang];
}

/** When a step is due, in words ("voor de herfstvakantie", "3 maanden"), or undefined when it has no due date. */
export function dueText(def: CompiledDefinition, meta: StepMeta | undefined, lang: Lang): string | undefined {
  if (meta?.deadline) return momentText(meta.deadline, def, lang);
  if (meta?.expectedDuration) return durationText(meta.expectedDuration, lang);
  return undefined;
}

/** The reminders of a step, one phrase each: "7 dagen voor de termijn", "elke 7 dagen zolang over tijd", … */
export function reminderTexts(def: CompiledDefinition, spec: ReminderSpec | undefined, lang: Lang): string[] {
  if (!spec) return [];
  const out = (spec.before ?? []).map((d) => PHRASES.before[lang](durationText(d, lang)));
  if (spec.onDue) out.push(TIME_WORDS.onDue[lang]);
  if (spec.overdueEvery) out.push(PHRASES.every[lang](durationText(spec.overdueEvery, lang).replace(/^1 /, '')));
  if (spec.escalate) {
    const to = spec.escalate.to.map((r) => textIn(def.definition.roles[r]?.title, lang) || r).join(', ');
    out.push(spec.escalate.after
      ? PHRASES.escalateAfter[lang](durationText(spec.escalate.after, lang), to)
      : PHRASES.escalate[lang](to));
  }
  return out;
}
