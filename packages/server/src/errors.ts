import type { Localized } from '@koers/engine';

/** Something the caller asked for that does not exist. */
export class NotFound extends Error {
  readonly code = 'not-found' as const;
  constructor(readonly messageText: Localized, readonly path = '') {
    super(messageText.nl);
    this.name = 'NotFound';
  }
}

/** A request the server understands but refuses: a bad parameter, with the field it is about. */
export class InvalidRequest extends Error {
  readonly code = 'invalid-request' as const;
  constructor(readonly messageText: Localized, readonly path: string) {
    super(messageText.nl);
    this.name = 'InvalidRequest';
  }
}

export type ApiError = NotFound | InvalidRequest;
