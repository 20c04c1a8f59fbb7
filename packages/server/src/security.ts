import { secureHeaders } from 'hono/secure-headers';

/**
 * The policy for everything we serve (API and web app): script, style, images and requests only
 * from our own origin, no plugins, no other site may frame us. The web app's build has
 * no inline script or style; React sets styles through the DOM, which
 * `style-src 'self'` allows. `'unsafe-eval'` is there for Ajv alone: it compiles each JSON Schema (ours
 * and JSON Forms') into a function with `new Function`, in the browser as on the server. Inline and
 * foreign script stay forbidden.
 */
const POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * For an SVG diagram opened on its own: nothing may run or load; only the drawing's own inline styles.
 * A route sets it and the general policy leaves it standing.
 */
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * Security headers on every response: the content security policy above (unless the route set its own),
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`, and HSTS
 * only when the app is served over HTTPS (`secure`).
 */
export function securityHeaders(secure: boolean) {
  return secureHeaders({
    contentSecurityPolicy: POLICY,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: secure ? 'max-age=15552000; includeSubDomains' : false,
    // A header a route set itself (the SVG policy) wins.
    overwrite: false,
  });
}
