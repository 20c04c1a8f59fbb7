import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie's name. */
export const SESSION_COOKIE = 'koers_session';

/** Sets the session cookie: httpOnly, SameSite=Lax, Path=/, Secure when the server is reached over HTTPS. */
export function setSessionCookie(c: Context, value: string, maxAgeMs: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, value, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: Math.floor(maxAgeMs / 1000) });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
