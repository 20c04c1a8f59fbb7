import { TooManyRequests, Unauthenticated } from '../errors';
import type { AuthDeps } from './deps';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
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

const WRONG = { nl: 'Het e-mailadres of het wachtwoord klopt niet.', en: 'The e-mail address or the password is wrong.' };

/**
 * Checks an e-mail and password under the login throttle. Answers the user, or throws 401 (same answer
 * and about the same time whether the e-mail exists or not) or 429 with the seconds to wait.
 */
export async function checkLogin(deps: AuthDeps, emailInput: string, password: string, ip: string | undefined): Promise<UserWithMemberships> {
  const email = normalizeEmail(emailInput);
  const now = deps.clock.now();
  const waitMs = deps.throttle.retryAfterMs(email, ip, now);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    throw new TooManyRequests({
      nl: `Te veel mislukte pogingen om in te loggen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    }, '', { retryAfter: Math.ceil(waitMs / 1000) });
  }
  const user = await deps.store.users.findByEmail(email);
  const usable = user !== undefined && user.passwordHash !== null && user.disabledAt === null;
  const ok = await verifyPassword(password, usable ? user.passwordHash! : await decoyHash(deps));
  if (!usable || !ok) {
    deps.throttle.failed(email, ip, now);
    if (user) await deps.store.audit.append({ at: now, actorId: null, action: 'auth.login-failed', detail: { userId: user.id } });
    throw new Unauthenticated(WRONG, '/password');
  }
  deps.throttle.succeeded(email);
  // Raise old hashes to today's cost while we hold the password.
  if (needsRehash(user.passwordHash!, deps.options.password)) {
    await deps.store.users.setPasswordHash(user.id, await hashPassword(password, deps.options.password));
  }
  return user;
}
