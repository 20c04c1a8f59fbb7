import { textTable } from '../../i18n/messages';

/** What the trajectory page says around its folded parts (history, earlier forms), Dutch first. */
export const pageText = textTable({
  showHistory: { nl: 'Toon de geschiedenis ({n})', en: 'Show the history ({n})' },
  showHistoryOne: { nl: 'Toon de geschiedenis (1)', en: 'Show the history (1)' },
  lastEvent: { nl: 'Laatst: {label}, {date}', en: 'Latest: {label}, {date}' },
  loadingPart: { nl: 'Dit deel wordt geladen…', en: 'Loading this part…' },
});
