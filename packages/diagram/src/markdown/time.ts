import type { CompiledDefinition, Lang, StateInfo } from '@koers/engine';
import { textIn } from '@koers/engine';
import { CLOCK, momentText, reminderTexts } from '../time';
import { resultLines } from './step';
import { code, escapeMarkdown, table } from './table';
import { DOC_TEXT } from './words';

/**
 * A step's time in the documentation: its timers as a table (what, when in words, where it leads) and its
 * reminders as one line; empty when the step has neither.
 * @example timeBlock(def, info, 'nl') // '**Vanzelf, na verloop van tijd**\n\n| Tijdgebeurtenis | Wanneer | Gevolg |…'
 */
export function timeBlock(def: CompiledDefinition, info: StateInfo, lang: Lang): string {
  const meta = info.config.meta;
  const parts: string[] = [];
  const timers = Object.entries(meta?.timers ?? {});
  if (timers.length > 0) {
    const own = def.index.transitions.filter((tr) => tr.source === info.path && tr.kind === 'event');
    const rows = timers.map(([type, timer]) => [
      `${CLOCK} ${escapeMarkdown(textIn(timer.label, lang) || type)} (${code(type)})`,
      escapeMarkdown(momentText(timer, def, lang)),
      resultLines(def, own.filter((tr) => tr.event === type), lang).join('<br>'),
    ]);
    parts.push(`**${DOC_TEXT.timersHere[lang]}**`, '', table([DOC_TEXT.timerCol[lang], DOC_TEXT.when[lang], DOC_TEXT.result[lang]], rows));
  }
  const reminders = reminderTexts(def, meta?.reminders, lang);
  if (reminders.length > 0) parts.push(...(parts.length > 0 ? [''] : []), `**${DOC_TEXT.remindersHere[lang]}**: ${escapeMarkdown(reminders.join('; '))}.`);
  return parts.join('\n');
}
