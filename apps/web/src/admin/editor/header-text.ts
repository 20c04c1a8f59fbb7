import type { Lang } from '@koers/engine';

/** The editor header's texts. */
export const HEADER_TEXT = {
  titleNl: { nl: 'Titel (Nederlands)', en: 'Title (Dutch)' },
  titleEn: { nl: 'Titel (Engels)', en: 'Title (English)' },
  draftOf: { nl: 'Concept van {id}', en: 'Draft of {id}' },
  basedOn: { nl: 'gebaseerd op versie {n}', en: 'based on version {n}' },
  newType: { nl: 'nieuwe trajectsoort, nog niet gepubliceerd', en: 'new trajectory type, not published yet' },
  actions: { nl: 'Concept', en: 'Draft' },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  redo: { nl: 'Opnieuw doen', en: 'Redo' },
  export: { nl: 'Exporteren', en: 'Export' },
  import: { nl: 'Importeren', en: 'Import' },
  describe: { nl: 'Vul nog een beschrijving in', en: 'Still to do: write a description' },
  describeWhy: {
    nl: 'De beschrijving is nog de voorbeeldtekst van een nieuwe trajectsoort.',
    en: 'The description is still the sample text of a new trajectory type.',
  },
  discard: { nl: 'Concept weggooien', en: 'Discard draft' },
} satisfies Record<string, Record<Lang, string>>;
