import type { Lang } from '@koers/engine';

/** The texts of the dialog for two admins saving one draft. */
export const CONFLICT_TEXT = {
  title: { nl: '{name} heeft dit concept intussen gewijzigd', en: '{name} changed this draft meanwhile' },
  text: {
    nl: '{name} sloeg om {time} een andere versie op dan waar uw wijzigingen op voortbouwen. Kies welke versie u houdt; er gaat niets verloren.',
    en: '{name} saved another version at {time} than the one your changes build on. Choose which version to keep; nothing is lost.',
  },
  mine: { nl: 'Uw versie', en: 'Your version' },
  mineIntro: { nl: 'Wat uw versie anders heeft:', en: 'What your version has differently:' },
  theirs: { nl: 'Versie van {name} ({time})', en: 'Version of {name} ({time})' },
  theirsIntro: { nl: 'Wat de versie van {name} anders heeft:', en: 'What the version of {name} has differently:' },
  same: { nl: 'Geen verschil in stappen, gebeurtenissen, formulieren of velden.', en: 'No difference in steps, events, forms or fields.' },
  more: { nl: 'en nog {n} wijzigingen', en: 'and {n} more changes' },
  keepMine: { nl: 'Mijn versie bewaren', en: 'Keep my version' },
  takeTheirs: { nl: 'Versie van {name} nemen', en: 'Take the version of {name}' },
  download: { nl: 'Mijn versie downloaden (JSON)', en: 'Download my version (JSON)' },
  someone: { nl: 'Een andere beheerder', en: 'Another administrator' },
  goneTitle: { nl: 'Het concept is er niet meer', en: 'The draft is gone' },
  goneText: {
    nl: 'Iemand heeft dit concept intussen gepubliceerd of weggegooid. Uw versie staat nog hier: bewaar haar als nieuw concept, of download haar.',
    en: 'Someone published or discarded this draft meanwhile. Your version is still here: keep it as a new draft, or download it.',
  },
  restart: { nl: 'Als nieuw concept bewaren', en: 'Keep as a new draft' },
} satisfies Record<string, Record<Lang, string>>;
