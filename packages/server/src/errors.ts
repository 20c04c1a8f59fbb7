import type { FieldError, Localized } from '@koers/engine';

/**
 * Errors the API answers with, each mapped to one HTTP status in `app.onError`. The engine's own
 * `TransitionRejected` and `DefinitionError` are mapped there too (422).
 */
abstract class ApiErrorBase extends Error {
  abstract readonly code: string;
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  constructor(readonly messageText: Localized, readonly path = '', readonly details?: unknown) {
    super(messageText.nl);
    this.name = new.target.name;
  }
}

/** Something the caller asked for that does not exist (or that they may not know exists). */
export class NotFound extends ApiErrorBase {
  readonly code = 'not-found' as const;
  readonly status = 404 as const;
}

/** A request the server understands but refuses: a bad parameter or body, with the field it is about. */
export class InvalidRequest extends ApiErrorBase {
  readonly code = 'invalid-request' as const;
  readonly status = 400 as const;
}

/** No valid session or token. */
export class Unauthenticated extends ApiErrorBase {
  readonly code = 'unauthenticated' as const;
  readonly status = 401 as const;
}

/** Signed in, but not allowed (wrong role, other school, missing CSRF token). */
export class Forbidden extends ApiErrorBase {
  readonly code = 'forbidden' as const;
  readonly status = 403 as const;
}

/** The caller's `expectedVersion` is stale, or the thing already exists; `details` carries the current state. */
export class VersionConflict extends ApiErrorBase {
  readonly code = 'version-conflict' as const;
  readonly status = 409 as const;
}

/**
 * A request that conflicts with the state of the programme, with its own code: a group that is full (`group-full`,
 * "vol = vol"), the year's groups all formed (`group-capacity`), a trajectory already in a group (`already-member`).
 */
export class Conflict extends ApiErrorBase {
  readonly status = 409 as const;
  constructor(readonly code: 'group-full' | 'group-capacity' | 'already-member', messageText: Localized, path = '', details?: unknown) {
    super(messageText, path, details);
  }
}

/** Form data or a definition that does not validate: `fieldErrors` per JSON pointer. */
export class Unprocessable extends ApiErrorBase {
  readonly code = 'unprocessable' as const;
  readonly status = 422 as const;
  constructor(messageText: Localized, readonly fieldErrors: FieldError[] | Array<{ path: string; message: Localized }>, path = '') {
    super(messageText, path);
  }
}

export class PayloadTooLarge extends ApiErrorBase {
  readonly code = 'payload-too-large' as const;
  readonly status = 413 as const;
}

export class TooManyRequests extends ApiErrorBase {
  readonly code = 'too-many-requests' as const;
  readonly status = 429 as const;
}

export type ApiError =
  | NotFound | InvalidRequest | Unauthenticated | Forbidden | VersionConflict | Conflict | Unprocessable | PayloadTooLarge | TooManyRequests;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiErrorBase;
}
