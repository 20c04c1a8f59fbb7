/**
 * The one way the web app talks to the Koers API: Hono's typed client over the server's routes (`AppType`, types
 * only: no server code reaches the bundle), same-origin with the session cookie, the CSRF token on writes, and the
 * API's `{ error }` body turned into an `ApiFailure`. Answers are typed by the routes' declared schemas.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '@koers/server';

export type { Localized } from '@koers/engine';
import type { Localized } from '@koers/engine';

/** The API's error body (packages/server/src/app.ts `onError`): the same for every route, so not in the route types. */
export interface ApiErrorBody {
  code: string;
  message: Localized;
  path?: string;
  fieldErrors?: Array<{ path: string; message: Localized; keyword?: string }>;
  details?: unknown;
  reason?: string;
}

/** A refused request: the HTTP status and the API's error body. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly error: ApiErrorBody) {
    super(error.message.nl);
    this.name = 'ApiFailure';
  }
}

let csrfToken: string | undefined;

/** Remembers the CSRF token from login or `/api/auth/me`; writes send it back. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Every request: JSON accepted, the session cookie (same origin), and the CSRF token on anything but GET. */
function koersFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if ((init.method ?? 'GET').toUpperCase() !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
}

/** The typed client: `api.trajectories[':id'].$get({ param: { id } })`; pass its promise to `answer`. */
export const api = hc<AppType>('/', { fetch: koersFetch }).api;

/** Path parameters for the typed client, each URL-encoded (hc puts them into the path as they are). */
export function path<P extends Record<string, string>>(params: P): P {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)])) as P;
}

/** What a typed response carries when it succeeds (its 2xx answers; errors are thrown as `ApiFailure`). */
export type Success<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/** The success value of an endpoint of `api`: `Answer<typeof api.trajectories[':id']['$get']>`. */
export type Answer<E extends (...args: never[]) => Promise<ClientResponse<unknown, number, string>>> = Success<Awaited<ReturnType<E>>>;

/**
 * Waits for a typed response and gives its JSON body (undefined when empty), or throws `ApiFailure` with the API's
 * error body (a generic one when the answer has none). A body that is not JSON throws as before.
 */
export async function answer<R extends ClientResponse<unknown, number, string>>(pending: Promise<R>): Promise<Success<R>> {
  return bodyOf(await pending) as Promise<Success<R>>;
}

async function bodyOf(res: { ok: boolean; status: number; text(): Promise<string> }): Promise<unknown> {
  const text = await res.text();
  const body = text === '' ? undefined : (JSON.parse(text) as unknown);
  if (!res.ok) {
    const error = (body as { error?: ApiErrorBody } | undefined)?.error
      ?? { code: 'http', message: { nl: `De server antwoordde ${res.status}.`, en: `The server answered ${res.status}.` } };
    throw new ApiFailure(res.status, error);
  }
  return body;
}

/** A GET of something that is not JSON (an SVG drawing, say) as text; a refusal is an `ApiFailure` too. */
export async function apiText(path: string, accept: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { accept } });
  if (!res.ok) throw new ApiFailure(res.status, { code: 'http', message: { nl: `De server antwoordde ${res.status}.`, en: `The server answered ${res.status}.` } });
  return res.text();
}
