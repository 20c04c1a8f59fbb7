import type { Lang } from '@koers/engine';

const TEXT = {
  prefill: { nl: 'Antwoorden die overgaan', en: 'Answers that carry over' },
  prefillHelp: {
    nl: 'Vul velden van de formulieren van deze stap vooraf in, uit een eerder formulier of het traject. De deelnemer ziet "Overgenomen uit …" en kan het wijzigen. Alleen zolang er geen concept of inzending is.',
    en: 'Prefill fields of this step\'s forms from an earlier form or the trajectory. The participant sees "Carried over from …" and may change it. Only while there is no draft or submission.',
  },
  noForms: { nl: 'Deze stap toont geen formulieren.', en: 'This step shows no forms.' },
  field: { nl: 'Veld', en: 'Field' },
  source: { nl: 'Bron (JSON Logic), bijvoorbeeld {"var": "forms.<formulier>.<veld>"} of {"var": "trajectory.name"}', en: 'Source (JSON Logic), e.g. {"var": "forms.<form>.<field>"} or {"var": "trajectory.name"}' },
  addField: { nl: 'Veld vooraf invullen', en: 'Prefill a field' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  signoff: { nl: 'Ondertekening', en: 'Sign-off' },
  signoffHelp: {
    nl: 'Laat iemand zonder account tekenen (ouder, leerling, MR) met een eenmalige link, of leg vast dat op papier is getekend. De guard "Is ondertekend" wacht erop.',
    en: 'Have someone without an account sign (parent, pupil, council) by a one-time link, or record a paper signature. The guard "Is signed off" waits for it.',
  },
  title: { nl: 'Wat er getekend wordt', en: 'What is signed' },
  description: { nl: 'Tekst voor wie tekent', en: 'Text for the signer' },
  signers: { nl: 'Wie tekent (in woorden)', en: 'Who signs (in words)' },
  requestRoles: { nl: 'Wie mag aanvragen of vastleggen', en: 'Who may request or record' },
  noRoles: { nl: 'Nog geen rollen.', en: 'No roles yet.' },
  keyWhat: { nl: 'Ondertekening', en: 'Sign-off' },
  keyTaken: { nl: 'Deze sleutel bestaat al in deze stap.', en: 'This key already exists in this step.' },
  keyPattern: { nl: 'Kleine letters, cijfers en -, beginnend met een letter of cijfer.', en: 'Lower-case letters, digits and -, starting with a letter or digit.' },
} as const;

export function carryText(key: keyof typeof TEXT, lang: Lang): string {
  return TEXT[key][lang];
}
