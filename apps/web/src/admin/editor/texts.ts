import type { Lang } from '@koers/engine';
import { fillText } from '../../i18n/messages';

/** The editor page's own texts, Dutch first. `{n}`, `{name}`, `{time}` are filled in by `say`. */
export const EDITOR_TEXT = {
  tabs: { nl: 'Onderdelen van de trajectsoort', en: 'Parts of the trajectory type' },
  proces: { nl: 'Proces', en: 'Process' },
  formulieren: { nl: 'Formulieren', en: 'Forms' },
  json: { nl: 'JSON', en: 'JSON' },
  proberen: { nl: 'Proberen', en: 'Try out' },
  noProblems: { nl: 'Geen problemen', en: 'No problems' },
  oneProblem: { nl: '1 probleem', en: '1 problem' },
  problems: { nl: '{n} problemen', en: '{n} problems' },
  checking: { nl: 'Bezig met controleren…', en: 'Checking…' },
  problemsTitle: { nl: 'Problemen', en: 'Problems' },
  problemsHint: {
    nl: 'Klik op een probleem om naar de plek te gaan waar het over gaat. Publiceren kan pas als er geen problemen meer zijn.',
    en: 'Click a problem to go to the place it is about. Publishing is possible once no problems remain.',
  },
  showProblems: { nl: 'Problemen tonen', en: 'Show problems' },
  hideProblems: { nl: 'Problemen verbergen', en: 'Hide problems' },
  saving: { nl: 'Bezig met opslaan…', en: 'Saving…' },
  savedAt: { nl: 'Opgeslagen om {time}', en: 'Saved at {time}' },
  unsaved: { nl: 'Nog niet opgeslagen', en: 'Not saved yet' },
  saveFailed: { nl: 'Opslaan mislukt: {reason}', en: 'Saving failed: {reason}' },
  conflict: { nl: 'Niet opgeslagen: kies welke versie u houdt', en: 'Not saved: choose which version to keep' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  loadFailed: { nl: 'Het concept kon niet worden geladen.', en: 'The draft could not be loaded.' },
  noDraft: { nl: 'Er is (nog) geen concept van deze trajectsoort.', en: 'There is no draft of this trajectory type (yet).' },
  startDraft: { nl: 'Concept maken van de nieuwste versie', en: 'Make a draft from the newest version' },
  toOverview: { nl: 'Naar alle trajectsoorten', en: 'To all trajectory types' },

} satisfies Record<string, Record<Lang, string>>;

export type EditorTextKey = keyof typeof EDITOR_TEXT;

/** A text of a table in `lang`, with `{name}`s filled in. */
export function say<K extends string>(table: Record<K, Record<Lang, string>>, key: K, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fillText(table[key][lang], vars);
}

/** A time of day as the status line says it: 19:42. */
export const timeOfDay = (iso: string | Date, lang: Lang) =>
  new Date(iso).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
