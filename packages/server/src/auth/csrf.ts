import type { MiddlewareHandler } from 'hono';
import { Forbidden } from '../errors';
import type { AuthEnv, ResolvedAuthOptions } from './options';
import { safeEqual } from './secrets';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Signing in again needs no token from the old session (a reloaded page may not have it); the origin check stays. */
const NO_TOKEN_PATHS = new Set(['/api/auth/login']);

/**
 * Guards state-changing requests against cross-site forgery. Requests with an API token are exempt (a
 * browser never adds that header by itself). All others must not come from a foreign origin
 * (`Origin`, `Sec-Fetch-Site`), and those made with a session must send the session's CSRF token back in
 * `X-CSRF-Token` (double submit: a foreign page can make the browser send the cookie, not read the token).
 */
export function csrfProtection(options: ResolvedAuthOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const auth = c.get('auth');
    if (auth?.tokenId) return next();

    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    if ((origin !== undefined && origin !== own && !options.trustedOrigins.includes(origin)) || c.req.header('sec-fetch-site') === 'cross-site') {
      throw new Forbidden({ nl: 'Dit verzoek komt van een andere website en is geweigerd.', en: 'This request comes from another website and was refused.' }, '/headers/origin');
    }
    if (auth?.session && !NO_TOKEN_PATHS.has(c.req.path)) {
      const sent = c.req.header('x-csrf-token');
      if (sent === undefined || !safeEqual(sent, auth.session.csrfToken)) {
        throw new Forbidden({
          nl: 'Het CSRF-token ontbreekt of klopt niet. Herlaad de pagina en probeer het opnieuw.',
          en: 'The CSRF token is missing or wrong. Reload the page and try again.',
        }, '/headers/x-csrf-token');
      }
    }
    return next();
  };
}
