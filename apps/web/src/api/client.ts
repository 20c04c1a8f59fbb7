/**
 * The one way the web app talks to the Koers API: same-origin fetch with the session cookie, the CSRF token on
 * writes, JSON in and out, and the API's `{ error }` body turned into an `ApiFailure`.
 */
export interface Localized {
  nl: string;
  en: string;
}

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

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  const body = text === '' ? undefined : (JSON.parse(text) as unknown);
  if (!res.ok) {
    const error = (body as { error?: ApiErrorBody } | undefined)?.error
      ?? { code: 'http', message: { nl: `De server antwoordde ${res.status}.`, en: `The server answered ${res.status}.` } };
    throw new ApiFailure(res.status, error);
  }
  return body as T;
}

/** A GET of something that is not JSON (an SVG drawing, say) as text; a refusal is an `ApiFailure` too. */
export async function apiText(path: string, accept: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { accept } });
  if (!res.ok) throw new ApiFailure(res.status, { code: 'http', message: { nl: `De server antwoordde ${res.status}.`, en: `The server answered ${res.status}.` } });
  return res.text();
}
