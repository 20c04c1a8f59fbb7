import type { Lang, Localized } from '@koers/engine';

/**
 * Every text the runner's own components show. Field labels and help texts come from the form definitions;
 * these are only the words around them (buttons, hints, the error summary).
 */
export const MESSAGES = {
  requiredMark: { nl: 'verplicht', en: 'required' },
  requiredLegend: { nl: 'Velden met een * zijn verplicht.', en: 'Fields marked * are required.' },
  add: { nl: 'Toevoegen', en: 'Add' },
  addTo: { nl: 'Toevoegen aan {label}', en: 'Add to {label}' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  removeItem: { nl: '{item} verwijderen', en: 'Remove {item}' },
  maxItems: { nl: 'Hooguit {max}.', en: 'At most {max}.' },
  noItems: { nl: 'Nog niets toegevoegd.', en: 'Nothing added yet.' },
  stepDone: { nl: 'afgerond', en: 'done' },
  stepCurrent: { nl: 'huidige stap', en: 'current step' },
  stepComing: { nl: 'nog niet', en: 'to come' },
  stepSkipped: { nl: 'overgeslagen', en: 'skipped' },
  steps: { nl: 'Stappen', en: 'Steps' },
  historyEmpty: { nl: 'Nog niets gebeurd.', en: 'Nothing has happened yet.' },
  historyReason: { nl: 'Reden: {reason}', en: 'Reason: {reason}' },
  historyBy: { nl: 'door {name}', en: 'by {name}' },
  historyTo: { nl: 'naar {steps}', en: 'to {steps}' },
  historyFlag: { nl: 'Signaal: {reason}', en: 'Flag: {reason}' },
  historyFlagDone: { nl: 'Signaal (afgehandeld): {reason}', en: 'Flag (acknowledged): {reason}' },
  notFilled: { nl: 'Niet ingevuld', en: 'Not filled in' },
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  choose: { nl: 'Kies een optie', en: 'Choose an option' },
  clear: { nl: 'Wissen', en: 'Clear' },
  scaleValue: { nl: '{value} van {max}', en: '{value} out of {max}' },
  errorSummary: { nl: 'Controleer {count} velden', en: 'Check {count} fields' },
  errorSummaryOne: { nl: 'Controleer 1 veld', en: 'Check 1 field' },
  warning: { nl: 'Let op', en: 'Note' },
  wholeForm: { nl: 'Formulier', en: 'Form' },
  errorsInTab: { nl: '{count} melding(en)', en: '{count} problem(s)' }, // read out only, next to the number
  previous: { nl: 'Vorige', en: 'Previous' },
  next: { nl: 'Volgende', en: 'Next' },
  sections: { nl: 'Onderdelen van het formulier', en: 'Parts of the form' },
  carriedFrom: { nl: 'Overgenomen uit {source}', en: 'Carried over from {source}' },
  carriedNotice: { nl: 'Overgenomen uit: {sources}. U kunt alles aanpassen.', en: 'Carried over from: {sources}. You can change all of it.' },
  carriedSourceOn: { nl: '{title}, ingevuld op {date}', en: '{title}, filled in on {date}' },
  startEmpty: { nl: 'Leeg beginnen', en: 'Start empty' },
  carriedCleared: { nl: 'De overgenomen antwoorden zijn gewist.', en: 'The carried-over answers were cleared.' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  hintNumber: { nl: 'Een getal', en: 'A number' },
  hintInteger: { nl: 'Een geheel getal', en: 'A whole number' },
  hintUnit: { nl: ' in {unit}', en: ' in {unit}' },
  hintBetween: { nl: ' van {min} tot en met {max}', en: ' from {min} to {max}' },
  hintAtLeast: { nl: ', {min} of meer', en: ', {min} or more' },
  hintAtMost: { nl: ', hooguit {max}', en: ', at most {max}' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * A runner text in `lang` with `{name}` placeholders filled in.
 * @example msg('addTo', 'nl', { label: 'Deelnemers' }) // "Toevoegen aan Deelnemers"
 */
export function msg(key: MessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[key][lang] || MESSAGES[key].nl;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
