import type { Context } from 'hono';
import type { Executor } from '@koers/store';
import { setSessionCookie } from './cookies';
import type { AuthDeps } from './deps';
import { randomSecret, sha256 } from './secrets';

/** A session just stored: the cookie value (never stored itself) and the CSRF token to hand the client. */
export interface NewSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
}

/** Stores a new session for a user (its id's hash and a fresh CSRF token), in `tx` when given. */
export async function createSession(deps: AuthDeps, userId: string, tx?: Executor): Promise<NewSession> {
  const id = randomSecret();
  const csrfToken = randomSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.options.sessionTtlMs);
  await deps.store.sessions.create({ idHash: sha256(id), userId, csrfToken, expiresAt, now }, tx);
  return { id, csrfToken, expiresAt: expiresAt.toISOString() };
}

/** Hands a stored session to the browser; call it once the transaction that stored it has committed. */
export function giveSession(c: Context, deps: AuthDeps, session: NewSession): void {
  setSessionCookie(c, session.id, deps.options.sessionTtlMs, deps.options.secureCookies);
}
