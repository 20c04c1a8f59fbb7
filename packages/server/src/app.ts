import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type JsonObject, TransitionRejected } from '@koers/engine';
import type { Store } from '@koers/store';
import { authenticate } from './auth/middleware';
import { csrfProtection } from './auth/csrf';
import type { AuthDeps } from './auth/deps';
import { type AuthEnv, type AuthOptions, resolveAuthOptions } from './auth/options';
import type { Catalogue } from './catalogue';
import type { Clock } from './context';
import { PayloadTooLarge, TooManyRequests, Unprocessable, isApiError } from './errors';
import { authRoutes } from './routes/auth';
import { invitationRoutes } from './routes/invitations';
import { membershipRoutes } from './routes/memberships';
import { organisationRoutes } from './routes/organisations';
import { tokenRoutes } from './routes/tokens';
import { typeRoutes } from './routes/types';
import { adminTypeRoutes, typeDraftRoutes } from './routes/type-drafts';
import { trajectoryRoutes } from './routes/trajectories';
import { overviewRoutes } from './routes/overview';
import { schoolRoutes } from './routes/schools';
import { metaRoutes } from './routes/meta';
import { calendarDayRoutes } from './routes/calendar-days';
import { calendarFeedRoutes, calendarRoutes, meetingRoutes } from './routes/agenda';
import { inboxRoutes } from './routes/inbox';
import { settingsRoutes } from './routes/settings';
import { adminMailRoutes } from './routes/admin-mails';
import { groupRoutes } from './routes/groups';
import { publicSignoffRoutes, trajectorySignoffRoutes } from './routes/signoffs';
import { openApiDocument } from './http/openapi';
import { route } from './http/route';
import { AnyObject } from './http/schema';
import { DOCS_PAGE, docsPage } from './docs-page';
import { type TypeRegistry, createRegistry } from './registry';
import { CalendarCache } from './time/calendar';
import { TrajectoryCache } from './trajectories/cache';
import { securityHeaders } from './security';
import { type ErrorReport, errorReport } from './report';
import { type RequestLog, requestIds } from './http/request-log';

export interface AppDeps {
  /** The shipped trajectory types: published into the database on first use when it lacks them. */
  catalogue: Catalogue;
  /** The published types; by default one over `store`, compiling each version once. */
  registry?: TypeRegistry;
  store: Store;
  clock: Clock;
  /** Mark the session cookie `Secure` (serve over HTTPS). */
  secureCookies?: boolean;
  /** Sign-in tunables: password cost, session and invitation lifetimes, login limits, client address. */
  auth?: AuthOptions;
  /**
   * Serves the web app's files for every path outside `/api` (the edge passes a static-file handler; the
   * package does no file I/O). Without it `/` redirects to the API reference (`/api/docs`).
   */
  web?: MiddlewareHandler;
  /**
   * Where an unexpected error goes (the request gets a 500 with only a request id); the edge decides (stderr, a
   * log service). The report holds no values (no query, parameters or message; secrets in the path redacted).
   * By default nowhere: the package writes to no console of its own.
   */
  reportError?: (report: ErrorReport) => void;
  /** Where each answered request goes (`RequestLog`: no query, headers or bodies); by default nowhere. */
  logRequest?: (entry: RequestLog) => void;
  /** Take a proxy's `X-Request-Id` as the request's id (behind a trusted proxy: KOERS_TRUST_PROXY). */
  trustRequestId?: boolean;
  /**
   * Check every successful answer against the schema its route declares and report each mismatch here
   * (tests turn it on, so the OpenAPI document cannot drift from what the server sends).
   */
  checkResponses?: (problem: string) => void;
  /** Where the web app is reached (KOERS_PUBLIC_URL), for links in agenda items and feed addresses; default: the request's origin. */
  publicUrl?: string;
  /** No mail server configured: mails the API writes (a sign-off link) are held in the outbox for the admin. */
  mailsHeld?: boolean;
}

/** Larger bodies are refused before they are read: a backstop for every route, and tighter for account routes. */
const MAX_BODY = 2 * 1024 * 1024;
const MAX_ACCOUNT_BODY = 64 * 1024;

/**
 * Refuses a body over `maxSize` before it is read. A request that says its length (`Content-Length`, as browsers
 * and HTTP clients send a JSON body) is judged by that header alone: Node's parser never hands on more bytes than it
 * says, and the body stays unread until the route reads it (on @hono/node-server, asking for the stream would first
 * turn the light request into a full Request). GET and HEAD bodies are never read. Any other (chunked) body is
 * counted as it streams in, by Hono's `bodyLimit`.
 */
function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = () => {
    throw new PayloadTooLarge({
      nl: `Het verzoek is te groot (meer dan ${Math.round(maxSize / 1024)} kB).`, en: `The request is too large (over ${Math.round(maxSize / 1024)} kB).`,
    }, '/body');
  };
  const streamed = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || !/^\d+$/.test(length.trim()) || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    return Number(length) > maxSize ? tooLarge() : next();
  };
}

/**
 * The Koers HTTP API. Everything comes in through `deps`; the app reads no environment and never listens.
 * Every `/api` request passes the body limit, then authentication (session cookie or API token: sets
 * `c.var.viewer`), then CSRF protection for writes.
 * @example const app = createApp({ catalogue, store, clock: { now: () => new Date() } }); await app.request('/api/types');
 */
export function createApp(deps: AppDeps) {
  const calendars = new CalendarCache(deps.store, deps.clock);
  const auth: AuthDeps = {
    store: deps.store, clock: deps.clock, options: resolveAuthOptions(deps.auth, deps.secureCookies ?? false), calendars,
  };
  const registry = deps.registry ?? createRegistry(deps.store, { shipped: deps.catalogue, now: () => deps.clock.now() });
  const trajectories = { store: deps.store, clock: deps.clock, registry, cache: new TrajectoryCache(), calendars };
  const agenda = { ...trajectories, publicUrl: deps.publicUrl };
  const accounts = limitBody(MAX_ACCOUNT_BODY);
  const app = new Hono<AuthEnv>()
    .use('*', requestIds({ trustIncoming: deps.trustRequestId ?? false, log: deps.logRequest }))
    .use('*', securityHeaders(deps.secureCookies ?? false))
    .use('/api/*', async (c, next) => {
      if (deps.checkResponses) c.set('checkResponses', deps.checkResponses);
      await next();
    })
    .use('/api/*', limitBody(MAX_BODY), authenticate(auth), csrfProtection(auth.options))
    .use('/api/auth/*', accounts).use('/api/invitations/*', accounts).use('/api/tokens/*', accounts)
    .use('/api/organisations/*', accounts).use('/api/memberships/*', accounts)
    .route('/', metaRoutes(deps.store))
    .route('/api/auth', authRoutes({ ...auth, registry }))
    .route('/api/invitations', invitationRoutes({ ...auth, registry }))
    .route('/api/tokens', tokenRoutes(auth))
    .route('/api/organisations', organisationRoutes(auth))
    .route('/api/memberships', membershipRoutes({ ...auth, registry }))
    .route('/api/types', typeRoutes(trajectories))
    .route('/api/type-drafts', typeDraftRoutes(trajectories))
    .route('/api/admin/types', adminTypeRoutes(trajectories))
    .route('/api/trajectories', trajectoryRoutes(trajectories))
    .route('/api/overview', overviewRoutes(trajectories))
    .route('/api/schools', schoolRoutes(trajectories))
    .route('/api/groups', groupRoutes(trajectories))
    .route('/api/trajectories', meetingRoutes(agenda))
    .route('/api/organisations', calendarDayRoutes(auth))
    .route('/api/me/calendar-feed', calendarFeedRoutes(agenda))
    .route('/api/calendar', calendarRoutes(agenda))
    .route('/api/inbox', inboxRoutes(deps))
    .route('/api/me', settingsRoutes(deps))
    .route('/api/admin/mails', adminMailRoutes(deps))
    .route('/api/trajectories', trajectorySignoffRoutes({ ...agenda, mailsHeld: deps.mailsHeld ?? false }))
    .use('/api/signoffs/*', accounts)
    .route('/api/signoffs', publicSignoffRoutes(agenda))
    .get('/api/docs', docsRoute.check, docsPage(deps.web !== undefined));
  app.get('/api/openapi.json', openApiRoute.check, async (c) => openApiRoute.json(c, 200, await openApiDocument(app) as JsonObject));
  if (deps.web) app.use('*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : deps.web!(c, next)));
  else app.get('/', (c) => c.redirect('/api/docs'));

  app.notFound((c) =>
    c.json({ error: { code: 'not-found', message: { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' }, path: c.req.path } }, 404),
  );
  // The one place where errors become HTTP answers.
  app.onError((error, c) => {
    if (isApiError(error)) {
      const body: Record<string, unknown> = { code: error.code, message: error.messageText, path: error.path };
      if (error instanceof Unprocessable) body.fieldErrors = error.fieldErrors;
      if (error.details !== undefined) body.details = error.details;
      if (error instanceof TooManyRequests) {
        const seconds = (error.details as { retryAfter?: unknown } | undefined)?.retryAfter;
        if (typeof seconds === 'number') c.header('Retry-After', String(seconds));
      }
      return c.json({ error: body }, error.status as ContentfulStatusCode);
    }
    if (error instanceof TransitionRejected) {
      // "Vol = vol" conflicts with the state of the programme; every other refusal is about the request.
      const status = error.reason === 'capacity-full' ? 409 : 422;
      const first = error.fieldErrors[0];
      return c.json({ error: {
        code: error.code, reason: error.reason, message: error.messageText, path: first ? `/data${first.path}` : '/type', fieldErrors: error.fieldErrors,
      } }, status);
    }
    // The id `requestIds` gave the request: its answer carries it, and so does its log line.
    const requestId = c.get('requestId');
    deps.reportError?.(errorReport(error, { requestId, method: c.req.method, path: c.req.path }));
    return c.json({ error: { code: 'internal', requestId, message: {
      nl: `Er ging iets mis op de server. Noem bij een vraag aan de beheerder deze code: ${requestId}.`,
      en: `Something went wrong on the server. Quote this code when asking the administrator: ${requestId}.`,
    } } }, 500);
  });
  return app;
}

const docsRoute = route({
  tag: 'meta', summary: 'API-naslag (deze pagina, leesbaar) / API reference (this document, rendered)', access: 'public',
  description: 'Stuurt door naar de naslagpagina van de webapp. Zonder webapp: 404; het document zelf staat op /api/openapi.json. '
    + '/ Redirects to the web app\'s reference page. Without the web app: 404; the document itself is at /api/openapi.json.',
  responses: { 302: { description: `Naar de naslagpagina (${DOCS_PAGE}) / to the reference page` } }, errors: [404],
});

const openApiRoute = route({
  tag: 'meta', summary: 'Deze API-beschrijving (OpenAPI 3.1) / this API description', access: 'public',
  responses: { 200: { description: 'Het OpenAPI-document, gemaakt uit de routedeclaraties.', schema: AnyObject } },
});

export type AppType = ReturnType<typeof createApp>;
