import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { newRequestId, redactPath } from '../report';

/**
 * One answered request as the edge may log it: its id (also in the `X-Request-Id` header of the answer and in an
 * error report), method, path with secrets redacted (`redactPath`), status and server time. Never the query string,
 * a header, the body or an answer: those can hold tokens, passwords and form answers.
 */
export interface RequestLog {
  requestId: string;
  method: string;
  path: string;
  status: number;
  /** Server time in milliseconds, to a tenth. */
  ms: number;
  /** Who asked, when signed in (an id, no name or e-mail address). */
  userId?: string;
}

/** An id a proxy in front may pass on: short, plain characters only (it ends up in logs and a header). */
const PASSED_ON = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request an id (the proxy's `X-Request-Id` when `trustIncoming` and it is plain, else a new UUID),
 * sets it on every answer (a 500 included: the error handler's answer passes through here) and tells `log` about
 * the request once it is answered.
 */
export function requestIds(options: { trustIncoming: boolean; log?: ((entry: RequestLog) => void) | undefined }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = options.trustIncoming ? c.req.header('x-request-id') : undefined;
    const requestId = incoming !== undefined && PASSED_ON.test(incoming) ? incoming : newRequestId();
    c.set('requestId', requestId);
    const began = performance.now();
    await next();
    // On the answer's own headers: `c.header` after the answer is made would copy the whole answer (on Node, it
    // makes a full Response out of @hono/node-server's light one). An answer with read-only headers is copied.
    try {
      c.res.headers.set('X-Request-Id', requestId);
    } catch {
      c.header('X-Request-Id', requestId);
    }
    if (!options.log) return;
    const viewer = c.get('viewer');
    options.log({
      requestId, method: c.req.method, path: redactPath(c.req.path), status: c.res.status,
      ms: Math.round((performance.now() - began) * 10) / 10, ...(viewer ? { userId: viewer.userId } : {}),
    });
  };
}
