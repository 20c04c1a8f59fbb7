import { textTable } from '../../i18n/messages';

/** What the trajectory page says around its folded parts (history, earlier forms), Dutch first. */
export const pageText = textTable({
  showHistory: { nl: 'Toon de geschiedenis ({n})', en: 'Show the history ({n})' },
  showHistoryOne: { nl: 'Toon de geschiedenis (1)', en: 'Show the history (1)' },
  lastEvent: { nl: 'Laatst: {label}, {date}', en: 'Latest: {label}, {date}' },
  todo: { nl: 'Wat u nu kunt doen', en: 'What you can do now' },
  todoForm: { nl: 'Naar het formulier', en: 'Go to the form' },
  todoOther: { nl: 'Naar de overige acties', en: 'Go to the other actions' },
  readMore: { nl: 'Lees de hele instructie', en: 'Read all instructions' },
  readLess: { nl: 'Minder tonen', en: 'Show less' },
  loadingPart: { nl: 'Dit deel wordt geladen…', en: 'Loading this part…' },
});
