import type { Lang, Localized } from '@koers/engine';
import { fillText } from '../../i18n/messages';

/** The words of sign-offs (the step's panel, history, print, the signer's page), Dutch first. */
export const SIGNOFF_TEXT = {
  panel: { nl: 'Ondertekening', en: 'Sign-off' },
  signers: { nl: 'Wie tekent: {who}', en: 'Who signs: {who}' },
  none: { nl: 'Nog niet ondertekend.', en: 'Not signed yet.' },
  name: { nl: 'Naam', en: 'Name' },
  role: { nl: 'Rol (in woorden)', en: 'Role (in words)' },
  roleHint: { nl: 'Bijvoorbeeld: ouder, leerling, lid van de MR.', en: 'For example: parent, pupil, council member.' },
  email: { nl: 'E-mailadres (optioneel)', en: 'E-mail address (optional)' },
  emailHint: { nl: 'Dan sturen we de link ook per mail.', en: 'Then we also send the link by mail.' },
  signedOn: { nl: 'Getekend op', en: 'Signed on' },
  requestLink: { nl: 'Link aanmaken', en: 'Create a link' },
  recordPaper: { nl: 'Op papier getekend vastleggen', en: 'Record a paper signature' },
  byLink: { nl: 'Met een link laten tekenen', en: 'Have it signed by link' },
  onPaper: { nl: 'Op papier getekend', en: 'Signed on paper' },
  linkMade: { nl: 'De link voor {name}. Kopieer hem nu: hij wordt maar één keer getoond en werkt 14 dagen, één keer.', en: 'The link for {name}. Copy it now: it is shown only once and works for 14 days, once.' },
  copy: { nl: 'Link kopiëren', en: 'Copy link' },
  linkLabel: { nl: 'Link om te tekenen', en: 'Signing link' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  revoke: { nl: 'Intrekken', en: 'Revoke' },
  status: {
    requested: { nl: 'wacht op handtekening', en: 'waiting for signature' },
    signed: { nl: 'getekend', en: 'signed' },
    revoked: { nl: 'ingetrokken', en: 'revoked' },
    expired: { nl: 'link verlopen', en: 'link expired' },
  },
  by: { nl: '{name} ({role})', en: '{name} ({role})' },
  viaLink: { nl: 'via link', en: 'by link' },
  viaPaper: { nl: 'op papier', en: 'on paper' },
  history: { nl: 'Ondertekeningen', en: 'Sign-offs' },
  // The signer's page (no account).
  pageTitle: { nl: 'Ondertekenen', en: 'Sign' },
  askedBy: { nl: '{who} vraagt u te tekenen namens {school}.', en: '{who} asks you to sign on behalf of {school}.' },
  askedBySchool: { nl: '{school} vraagt u te tekenen.', en: '{school} asks you to sign.' },
  youSign: { nl: 'U tekent voor', en: 'You sign for' },
  trajectory: { nl: 'Traject', en: 'Trajectory' },
  step: { nl: 'Stap', en: 'Step' },
  forWhom: { nl: 'Gevraagd aan', en: 'Asked of' },
  validUntil: { nl: 'Deze link werkt één keer, tot {date}.', en: 'This link works once, until {date}.' },
  typeName: { nl: 'Uw naam, als handtekening', en: 'Your name, as your signature' },
  typeNameHint: { nl: 'Door uw naam te typen en op Tekenen te drukken, tekent u.', en: 'By typing your name and pressing Sign, you sign.' },
  nameMissing: { nl: 'Vul uw naam in.', en: 'Fill in your name.' },
  sign: { nl: 'Tekenen', en: 'Sign' },
  thanks: { nl: 'Dank u wel, {name}. Uw handtekening is vastgelegd op {date}.', en: 'Thank you, {name}. Your signature was recorded on {date}.' },
  cannot: { nl: 'Deze link werkt niet (meer)', en: 'This link does not work (any more)' },
  noAccount: { nl: 'U heeft hiervoor geen account nodig.', en: 'You do not need an account for this.' },
} as const;

/** A text in `lang` with `{name}` placeholders filled in. */
export function say(text: Localized, lang: Lang, vars: Record<string, string> = {}): string {
  return fillText(text[lang], vars);
}
