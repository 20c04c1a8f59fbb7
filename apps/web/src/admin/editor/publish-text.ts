import type { Lang } from '@koers/engine';

/** The texts of publishing a draft. */
export const PUBLISH_TEXT = {
  publish: { nl: 'Publiceren', en: 'Publish' },
  blocked: { nl: 'Publiceren kan nog niet: {count} ({places}).', en: 'Cannot publish yet: {count} ({places}).' },
  title: { nl: 'Nieuwe versie publiceren', en: 'Publish a new version' },
  intro: {
    nl: 'Dit verandert er ten opzichte van versie {n}, de nieuwste gepubliceerde versie:',
    en: 'This is what changes from version {n}, the newest published version:',
  },
  introNew: { nl: 'Dit is de eerste versie van deze trajectsoort. Ze bevat:', en: 'This is the first version of this trajectory type. It contains:' },
  loadingDiff: { nl: 'Verschillen opzoeken…', en: 'Looking up the differences…' },
  noChanges: { nl: 'Geen verschil in stappen, gebeurtenissen, formulieren of velden met de vorige versie.', en: 'No difference in steps, events, forms or fields from the previous version.' },
  note: { nl: 'Wat is er veranderd en waarom? (verplicht)', en: 'What changed and why? (required)' },
  noteHelp: {
    nl: 'Een korte notitie voor collega’s; ze staat bij de versie in het overzicht en in het auditlog.',
    en: 'A short note for colleagues; it is shown with the version in the overview and in the audit log.',
  },
  noteMissing: { nl: 'Schrijf een korte wijzigingsnotitie.', en: 'Write a short change note.' },
  confirm: { nl: 'Versie publiceren', en: 'Publish version' },
  publishing: { nl: 'Bezig met publiceren…', en: 'Publishing…' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  refused: { nl: 'De server weigerde de publicatie:', en: 'The server refused the publication:' },
  savingFirst: { nl: 'De laatste wijzigingen konden niet worden opgeslagen; probeer het opnieuw.', en: 'The latest changes could not be saved; try again.' },
  done: { nl: 'Versie {n} gepubliceerd', en: 'Version {n} published' },
  doneText: {
    nl: 'Nieuwe trajecten van deze soort beginnen vanaf nu op versie {n}. Lopende trajecten houden hun eigen versie en merken niets van deze wijziging. Het concept is opgeruimd; een volgende wijziging begint met een nieuw concept op basis van versie {n}.',
    en: 'New trajectories of this type start on version {n} from now on. Running trajectories keep their own version and are not affected. The draft is cleared; a next change starts with a new draft based on version {n}.',
  },
  toTypes: { nl: 'Naar alle trajectsoorten', en: 'To all trajectory types' },
  toCatalogue: { nl: 'Bekijk de trajectsoort met stroomschema', en: 'See the type with its flow diagram' },
  toOverview: { nl: 'Overzicht van de scholen', en: 'Overview of the schools' },
  download: { nl: 'Versie {n} downloaden (JSON)', en: 'Download version {n} (JSON)' },
} satisfies Record<string, Record<Lang, string>>;
