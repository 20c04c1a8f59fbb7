import { randomUUID } from 'node:crypto';

/**
 * What the app tells the edge about an unexpected error: enough to find it (the request id the client got,
 * the error classes, the SQL state, where in the code), never a value. An error's message, a failing query's
 * text and its parameters can hold password hashes, e-mail addresses, tokens and form answers, so none of
 * them is part of the report.
 */
export interface ErrorReport {
  /** Also in the 500 answer (`error.requestId` and the `X-Request-Id` header), so support can match them. */
  requestId: string;
  method: string;
  /** The request path with secrets (invitation tokens, API tokens) replaced by `[geheim]`. */
  path: string;
  /** The error's class and those of its causes, outermost first: `DrizzleQueryError < PostgresError`. */
  errorClass: string;
  /** The SQLSTATE of a database error (`23505` for a unique violation), if there is one in the chain. */
  sqlState?: string;
  /** The outermost error's stack frames (`at file:line`), without its message. */
  frames: string[];
}

/** A fresh request id for a 500 answer. */
export function newRequestId(): string {
  return randomUUID();
}

/** 43 URL-safe characters (32 random bytes), with or without `koers_`, also as a file name (`<token>.ics`). */
const SECRET_SEGMENT = /^(koers_)?[A-Za-z0-9_-]{43}(\.[A-Za-z0-9]+)?$/;
/** Path segments that follow these are secrets whatever they look like. */
const SECRET_AFTER = new Set(['invitations', 'uitnodiging']);

/**
 * A request path safe to log: a segment after `/invitations/` or `/uitnodiging/`, and any segment shaped
 * like one of our secrets (43 URL-safe characters, with or without `koers_`), becomes `[geheim]`.
 * @example redactPath('/api/invitations/Xy…43/accept') // '/api/invitations/[geheim]/accept'
 */
export function redactPath(path: string): string {
  const segments = path.split('/');
  return segments.map((segment, i) => {
    const previous = segments[i - 1];
    const named = previous !== undefined && SECRET_AFTER.has(previous) && segment !== '' && segment !== 'options';
    return named || SECRET_SEGMENT.test(segment) ? '[geheim]' : segment;
  }).join('/');
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== null && e !== undefined && chain.length < 5; e = (e as { cause?: unknown }).cause) {
    chain.push(e);
    if (typeof e !== 'object') break;
  }
  return chain;
}

function className(error: unknown): string {
  if (error instanceof Error) return error.constructor.name === 'Error' ? error.name : error.constructor.name;
  return typeof error;
}

/** Builds the report of an unexpected error in a request; reads nothing of the error but its classes, code and stack frames. */
export function errorReport(error: unknown, request: { requestId: string; method: string; path: string }): ErrorReport {
  const chain = causes(error);
  const sqlState = chain.map((e) => (e as { code?: unknown }).code).find((c): c is string => typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c));
  const stack = error instanceof Error ? error.stack ?? '' : '';
  return {
    requestId: request.requestId, method: request.method, path: redactPath(request.path),
    errorClass: chain.map(className).join(' < '),
    ...(sqlState === undefined ? {} : { sqlState }),
    frames: stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8).map((line) => line.trim()),
  };
}

/**
 * One log line for a report, as the server writes it to stderr: time, method, path, request id, class and SQL state,
 * then the stack frames.
 * @example formatErrorReport(report) // '2025-03-03T08:00:00.000Z 500 POST /api/invitations/[geheim]/accept request=… DrizzleQueryError < DatabaseError sqlstate=23514 …'
 */
export function formatErrorReport(report: ErrorReport, at: Date): string {
  const head = `${at.toISOString()} 500 ${report.method} ${report.path} request=${report.requestId} ${report.errorClass}`;
  return [`${head}${report.sqlState === undefined ? '' : ` sqlstate=${report.sqlState}`}`, ...report.frames.map((f) => `    ${f}`)].join('\n');
}
