import type { Lang } from '@koers/engine';

/** The types overview's texts. `{name}` etc. are filled in by `say`. */
export const TYPES_TEXT = {
  title: { nl: 'Trajectsoorten', en: 'Trajectory types' },
  intro: {
    nl: 'Elke trajectsoort met haar gepubliceerde versies en het concept waaraan gewerkt wordt. Een concept raakt lopende trajecten nooit; pas een gepubliceerde versie geldt voor nieuwe trajecten.',
    en: 'Every trajectory type with its published versions and the draft being worked on. A draft never affects running trajectories; only a published version applies to new trajectories.',
  },
  newType: { nl: 'Nieuwe trajectsoort', en: 'New trajectory type' },
  import: { nl: 'Importeren', en: 'Import' },
  none: { nl: 'Er zijn nog geen trajectsoorten.', en: 'There are no trajectory types yet.' },
  draft: { nl: 'Concept, bewerkt door {name} om {time}', en: 'Draft, edited by {name} at {time}' },
  draftOn: { nl: 'Concept, bewerkt door {name} op {date} om {time}', en: 'Draft, edited by {name} on {date} at {time}' },
  draftBase: { nl: 'gebaseerd op versie {n}', en: 'based on version {n}' },
  draftNew: { nl: 'nog nooit gepubliceerd', en: 'never published yet' },
  noDraft: { nl: 'Geen concept', en: 'No draft' },
  continueDraft: { nl: 'Concept verder bewerken', en: 'Continue the draft' },
  startDraft: { nl: 'Nieuwe versie maken', en: 'Make a new version' },
  exportNewest: { nl: 'Nieuwste versie exporteren', en: 'Export newest version' },
  versions: { nl: 'Versies van {title}', en: 'Versions of {title}' },
  noVersions: { nl: 'Nog geen gepubliceerde versie.', en: 'No published version yet.' },
  version: { nl: 'Versie', en: 'Version' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  by: { nl: 'Door', en: 'By' },
  note: { nl: 'Wijzigingsnotitie', en: 'Change note' },
  trajectories: { nl: 'Trajecten', en: 'Trajectories' },
  running: { nl: '{active} lopend, {done} klaar', en: '{active} running, {done} done' },
  export: { nl: 'Exporteren', en: 'Export' },
  exportVersion: { nl: 'Versie {n} van {title} exporteren (JSON)', en: 'Export version {n} of {title} (JSON)' },
  newest: { nl: 'nieuwste', en: 'newest' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  nobody: { nl: 'iemand', en: 'someone' },
} satisfies Record<string, Record<Lang, string>>;
