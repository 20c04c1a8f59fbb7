import { dictionary } from '@zxcvbn-ts/language-common';
import type { Localized } from '@koers/engine';
import { Unprocessable } from '../errors';

/** The product's name: a password with it is among the first an attacker of a Koers server tries. */
const PRODUCT = 'koers';

let common: Set<string> | undefined;
/**
 * About 49,000 passwords most common in breaches, from zxcvbn-ts's shipped data (`passwords-common`), lower-case.
 * Built on first use, so a process that never sets a password never holds it.
 */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Letters only, lower-case: `Tim.De-Boer 1` and `tim de boer` read alike. */
const lettersOf = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * What is wrong with a password a person chooses for a real account, or nothing. Length (at least 10) is
 * checked by the body schema; this refuses passwords from the breached list, passwords with the product's name
 * (the demo password among them) and passwords that are the person's e-mail address or name.
 * Demo accounts get their published password from the demo seed, which writes the hash through the store:
 * no request can reach that path.
 * @example passwordProblem('qwertyuiop', { email: 'an@school.nl', name: 'An' }) // { nl: 'Dit wachtwoord komt voor …', … }
 */
export function passwordProblem(password: string, person: { email: string; name: string }): Localized | undefined {
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonPasswords().has(lower)) {
    return {
      nl: 'Dit wachtwoord komt voor in een lijst van veelgebruikte, uitgelekte wachtwoorden. Kies een ander wachtwoord.',
      en: 'This password is on a list of common, breached passwords. Choose another password.',
    };
  }
  if (lower.includes(PRODUCT)) {
    return { nl: `Een wachtwoord mag het woord "${PRODUCT}" niet bevatten.`, en: `A password may not contain the word "${PRODUCT}".` };
  }
  const letters = lettersOf(password);
  const own = [person.email, person.email.split('@')[0] ?? '', person.name].map(lettersOf).filter((s) => s.length > 0);
  if (lower === person.email.toLowerCase() || own.includes(letters)) {
    return { nl: 'Een wachtwoord mag niet uw e-mailadres of uw naam zijn.', en: 'A password may not be your e-mail address or your name.' };
  }
  return undefined;
}

/** Throws 422 at `/password` when `passwordProblem` finds something. */
export function assertPasswordAllowed(password: string, person: { email: string; name: string }): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new Unprocessable(problem, [{ path: '/password', message: problem }], '/password');
}
