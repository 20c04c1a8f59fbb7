import type { Lang } from '@koers/engine';

/** The texts of the "new type" and "import" dialogs. */
export const NEW_TEXT = {
  title: { nl: 'Nieuwe trajectsoort', en: 'New trajectory type' },
  titleNl: { nl: 'Titel (Nederlands)', en: 'Title (Dutch)' },
  titleEn: { nl: 'Titel (Engels; leeg: gelijk aan de Nederlandse)', en: 'Title (English; empty: same as the Dutch)' },
  titleMissing: { nl: 'Geef de trajectsoort een Nederlandse titel.', en: 'Give the trajectory type a Dutch title.' },
  id: { nl: 'Id', en: 'Id' },
  idHelp: {
    nl: 'Gemaakt van de titel; u kunt hem aanpassen. Kleine letters, cijfers en -. Hij staat in adressen en bestanden en verandert later niet meer.',
    en: 'Made from the title; you may change it. Lowercase letters, digits and -. It is used in addresses and files and does not change later.',
  },
  idMissing: { nl: 'Geef een id.', en: 'Give an id.' },
  idInvalid: { nl: 'Alleen kleine letters, cijfers en -, niet beginnend met -.', en: 'Only lowercase letters, digits and -, not starting with -.' },
  idTaken: { nl: 'Er is al een trajectsoort met deze id.', en: 'There already is a trajectory type with this id.' },
  start: { nl: 'Beginnen met', en: 'Start with' },
  empty: { nl: 'Een lege trajectsoort (een begin- en een eindstap, één rol)', en: 'An empty trajectory type (a first and a final step, one role)' },
  copy: { nl: 'Een kopie van een bestaande trajectsoort', en: 'A copy of an existing trajectory type' },
  fromType: { nl: 'Trajectsoort', en: 'Trajectory type' },
  fromVersion: { nl: 'Versie', en: 'Version' },
  newest: { nl: 'De nieuwste', en: 'The newest' },
  create: { nl: 'Aanmaken en openen', en: 'Create and open' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  importTitle: { nl: 'Trajectsoort importeren', en: 'Import a trajectory type' },
  importIntro: {
    nl: 'Kies een bundel (JSON met "definition" en "forms"), zoals Exporteren of `koers export` hem maakt. Hij wordt het concept van zijn trajectsoort; klopt hij niet, dan ziet u elk probleem en verandert er niets.',
    en: 'Choose a bundle (JSON with "definition" and "forms"), as Export or `koers export` makes it. It becomes the draft of its trajectory type; if it is not valid you see every problem and nothing changes.',
  },
  file: { nl: 'Bestand', en: 'File' },
  importing: { nl: 'Bezig met importeren…', en: 'Importing…' },
  doImport: { nl: 'Importeren', en: 'Import' },
  refused: { nl: 'Niet geïmporteerd: {n} problemen. Er is niets veranderd.', en: 'Not imported: {n} problems. Nothing changed.' },
  exists: { nl: 'Er is al een concept van "{id}". Vervangen door deze bundel? Het huidige concept gaat dan verloren.', en: 'There already is a draft of "{id}". Replace it with this bundle? The current draft is then lost.' },
  replace: { nl: 'Concept vervangen', en: 'Replace the draft' },
} satisfies Record<string, Record<Lang, string>>;
