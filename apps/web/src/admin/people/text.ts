import type { Localized } from '@koers/engine';
import { type AppMessageKey, appMsg } from '../../i18n/messages';

/** An app-wide text as a `{ nl, en }` pair, so the same words are not written twice. */
const words = (key: AppMessageKey): Localized => ({ nl: appMsg(key, 'nl'), en: appMsg(key, 'en') });

/** The words of the admin's page of besturen, schools and people, Dutch first. */
export const PEOPLE_TEXT = {
  title: { nl: 'Scholen en mensen', en: 'Schools and people' },
  intro: {
    nl: 'Besturen met hun scholen: naam, BRIN-code en vakantieregio; per school wie welke rol heeft, iemand uitnodigen, en een traject starten.',
    en: 'Besturen with their schools: name, BRIN code and holiday region; per school who holds which role, inviting someone, and starting a trajectory.',
  },
  adminsOnly: { nl: 'Alleen beheerders beheren scholen en mensen.', en: 'Only administrators manage schools and people.' },
  loadFailed: { nl: 'Kon de organisaties niet ophalen.', en: 'Could not fetch the organisations.' },
  besturen: { nl: 'Besturen en scholen', en: 'Besturen and schools' },
  none: { nl: 'Er is nog geen bestuur.', en: 'There is no bestuur yet.' },
  noSchools: { nl: 'Nog geen scholen.', en: 'No schools yet.' },
  withoutBestuur: { nl: 'Scholen zonder bestuur', en: 'Schools without a bestuur' },
  addBestuur: { nl: 'Bestuur toevoegen', en: 'Add a bestuur' },
  addSchool: { nl: 'School toevoegen', en: 'Add a school' },
  addSchoolTo: (bestuur: string): Localized => ({ nl: `School toevoegen aan ${bestuur}`, en: `Add a school to ${bestuur}` }),
  name: { nl: 'Naam', en: 'Name' },
  brin: { nl: 'BRIN-code', en: 'BRIN code' },
  brinHint: { nl: 'Twee cijfers en twee hoofdletters, bijvoorbeeld 12AB (een vestiging: 12AB01). Mag leeg.', en: 'Two digits and two capitals, e.g. 12AB (a branch: 12AB01). May be empty.' },
  brinInvalid: { nl: 'Een BRIN-code is twee cijfers en twee hoofdletters, zoals 12AB (of 12AB01).', en: 'A BRIN code is two digits and two capitals, like 12AB (or 12AB01).' },
  nameMissing: { nl: 'Vul een naam in.', en: 'Fill in a name.' },
  region: { nl: 'Vakantieregio', en: 'Holiday region' },
  regionHint: {
    nl: 'Voor de schoolkalender: de herfst-, voorjaars- en zomervakantie verschillen per regio. Niet ingesteld telt als Midden.',
    en: 'For the school calendar: the autumn, spring and summer holidays differ per region. Not set counts as Middle.',
  },
  regionNone: { nl: 'Niet ingesteld', en: 'Not set' },
  regions: { noord: { nl: 'Noord', en: 'North' }, midden: { nl: 'Midden', en: 'Middle' }, zuid: { nl: 'Zuid', en: 'South' } },
  save: { nl: 'Opslaan', en: 'Save' },
  saving: { nl: 'Bezig met opslaan…', en: 'Saving…' },
  saved: { nl: 'Opgeslagen.', en: 'Saved.' },
  add: { nl: 'Toevoegen', en: 'Add' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  edit: { nl: 'Gegevens', en: 'Details' },
  choose: { nl: 'Kies links een bestuur of school.', en: 'Choose a bestuur or school on the left.' },
  people: { nl: 'Mensen en rollen', en: 'People and roles' },
  nobody: { nl: 'Nog niemand heeft hier een rol.', en: 'Nobody holds a role here yet.' },
  revoke: (role: string, name: string): Localized => ({ nl: `Rol ${role} van ${name} intrekken`, en: `Revoke ${name}'s role ${role}` }),
  revokeShort: { nl: 'Intrekken', en: 'Revoke' },
  onlyFor: (trajectory: string): Localized => ({ nl: `alleen voor ${trajectory}`, en: `only for ${trajectory}` }),
  grant: { nl: 'Rol geven aan iemand met een account', en: 'Give a role to someone with an account' },
  grantButton: { nl: 'Rol geven', en: 'Give role' },
  granted: (name: string, role: string): Localized => ({ nl: `${name} heeft nu de rol ${role}.`, en: `${name} now holds the role ${role}.` }),
  hadIt: (name: string, role: string): Localized => ({ nl: `${name} had de rol ${role} hier al.`, en: `${name} already held the role ${role} here.` }),
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  emailHint: { nl: 'Van iemand die al een account heeft; anders: uitnodigen.', en: 'Of someone who has an account; otherwise: invite.' },
  role: { nl: 'Rol', en: 'Role' },
  chooseRole: words('chooseRole'),
  trajectory: { nl: 'Voor', en: 'For' },
  trajectoryHint: { nl: 'De hele school, of alleen één traject van de school.', en: 'The whole school, or only one of its trajectories.' },
  wholeOrganisation: { nl: 'De hele school of het hele bestuur', en: 'The whole school or bestuur' },
  invite: { nl: 'Iemand nieuw uitnodigen', en: 'Invite someone new' },
  inviteName: { nl: 'Naam (mag leeg)', en: 'Name (may be empty)' },
  inviteButton: { nl: 'Uitnodiging maken', en: 'Make the invitation' },
  trajectories: { nl: 'Trajecten van de school', en: "The school's trajectories" },
  schoolPage: { nl: 'Naar de schoolpagina', en: "To the school's page" },
  noRegion: { nl: 'geen regio', en: 'no region' },
} satisfies Record<string, unknown>;

/** The validator's words for an e-mail address and a role made plain (as on #/uitnodigen). */
export const PLAIN_PERSON = {
  '/email': { keywords: ['format', 'required'], message: words('inviteEmailInvalid') },
  '/role': { keywords: ['pattern', 'required'], message: PEOPLE_TEXT.chooseRole },
};
