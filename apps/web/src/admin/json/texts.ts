import type { Lang } from '@koers/engine';
import { fillText } from '../../i18n/messages';

/** The JSON tab's words, Dutch first. */
const TEXTS = {
  file: { nl: 'Bestand', en: 'File' },
  definition: { nl: 'Definitie', en: 'Definition' },
  form: { nl: 'Formulier', en: 'Form' },
  problems: { nl: '{n} probleem|{n} problemen', en: '{n} problem|{n} problems' },
  noProblems: { nl: 'Geen problemen in dit bestand.', en: 'No problems in this file.' },
  editorLabel: { nl: 'JSON van {file}', en: 'JSON of {file}' },
  hint: {
    nl: 'Tab springt in; druk Esc en dan Tab om de editor te verlaten. Ctrl+Spatie toont wat hier mag; wijs een veld aan voor uitleg.',
    en: 'Tab indents; press Esc and then Tab to leave the editor. Ctrl+Space shows what may go here; point at a field for an explanation.',
  },
  notPassed: { nl: '— uw wijziging wordt pas doorgegeven als de tekst weer klopt.', en: '— your change is passed on only once the text is valid again.' },
  goToError: { nl: 'Ga naar de fout', en: 'Go to the error' },
  elsewhere: {
    nl: 'Elders gewijzigd terwijl u hier typte. Neem de nieuwe tekst over, of typ verder om uw eigen tekst te houden.',
    en: 'Changed elsewhere while you were typing here. Take the new text, or keep typing to keep your own text.',
  },
  takeNew: { nl: 'Nieuwe tekst overnemen', en: 'Take the new text' },
  at: { nl: 'bij', en: 'at' },
} satisfies Record<string, { nl: string; en: string }>;

export type JsonTabText = keyof typeof TEXTS;

/** A text of the JSON tab; `{name}` filled from vars, `a|b` picks singular or plural by `n`. */
export function jsonText(key: JsonTabText, lang: Lang, vars: Record<string, string | number> = {}): string {
  let text: string = TEXTS[key][lang];
  if (text.includes('|') && typeof vars.n === 'number') text = text.split('|')[vars.n === 1 ? 0 : 1]!;
  return fillText(text, vars);
}
