import { TooManyRequests, Unauthenticated } from '../errors';
import type { AuthDeps } from './deps';
import { loginWaitMs, waitInWords } from './login-limits';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
import { sha256 } from './secrets';
import { normalizeEmail, type UserWithMemberships } from '@koers/store';

// A hash to verify against when there is no account, so an unknown e-mail costs as much time as a known one.
const decoys = new Map<string, Promise<string>>();
function decoyHash(deps: AuthDeps): Promise<string> {
  const key = JSON.stringify(deps.options.password);
  let hash = decoys.get(key);
  if (!hash) {
    hash = hashPassword('koers-decoy-password', deps.options.password);
    decoys.set(key, hash);
  }
  return hash;
}

function tooMany(waitMs: number): TooManyRequests {
  const wait = waitInWords(waitMs);
  return new TooManyRequests({
    nl: `Te veel mislukte pogingen om in te loggen. Probeer het over ${wait.nl} opnieuw.`,
    en: `Too many failed sign-in attempts. Try again in ${wait.en}.`,
  }, '', { retryAfter: Math.ceil(waitMs / 1000) });
}

const WRONG = { nl: 'Het e-mailadres of het wachtwoord klopt niet.', en: 'The e-mail address or the password is wrong.' };

/** A user who signed in, and how many failed attempts on their account came before (the notice they get). */
export interface SignedIn {
  user: UserWithMemberships;
  failuresBefore: number;
}

/**
 * Checks an e-mail and password under the login limits (`loginWaitMs`), kept in the database so every server
 * process shares them. Answers the user, or throws 401 (same answer and about the same time whether the
 * e-mail exists or not) or 429 with the seconds to wait.
 */
export async function checkLogin(deps: AuthDeps, emailInput: string, password: string, ip: string | undefined): Promise<SignedIn> {
  const email = normalizeEmail(emailInput);
  const now = deps.clock.now();
  const limits = deps.options.loginLimits;
  // Addresses are personal data: the database keeps only their hash.
  const address = ip === undefined ? null : sha256(ip);
  const since = new Date(now.getTime() - limits.windowMs);
  const waitMs = loginWaitMs(await deps.store.logins.state(email, address, since), now, limits);
  if (waitMs > 0) throw tooMany(waitMs);
  // Counted before the (slow) password check, so a burst of simultaneous guesses gets one through, not all.
  if (!(await deps.store.logins.reserve(email, now, limits))) {
    throw tooMany(loginWaitMs(await deps.store.logins.state(email, address, since), now, limits) || 1000);
  }
  const user = await deps.store.users.findByEmail(email);
  const usable = user !== undefined && user.passwordHash !== null && user.disabledAt === null;
  const ok = await verifyPassword(password, usable ? user.passwordHash! : await decoyHash(deps));
  if (!usable || !ok) {
    await deps.store.logins.failed(email, address, now, new Date(now.getTime() - limits.windowMs));
    if (user) await deps.store.audit.append({ at: now, actorId: null, action: 'auth.login-failed', detail: { userId: user.id } });
    throw new Unauthenticated(WRONG, '/password');
  }
  const failuresBefore = await deps.store.logins.succeeded(email, address, now);
  // Raise old hashes to today's cost while we hold the password.
  if (needsRehash(user.passwordHash!, deps.options.password)) {
    await deps.store.users.setPasswordHash(user.id, await hashPassword(password, deps.options.password));
  }
  return { user, failuresBefore };
}
