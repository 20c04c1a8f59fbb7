import type { Localized } from './format/types';

/** One problem found in a definition or form file: where it is (file + JSON pointer) and what is wrong. */
export interface Problem {
  file: string;
  pointer: string;
  code: string;
  message: Localized;
}

/** A field-level validation message for form data. `path` is a JSON pointer into the data. */
export interface FieldError {
  path: string;
  keyword: string;
  message: Localized;
}

/** A definition or form that cannot be loaded. Carries every problem found, not just the first. */
export class DefinitionError extends Error {
  readonly code = 'definition-invalid' as const;
  constructor(
    readonly problems: Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems.map((p) => `${p.file}:${p.pointer || '/'}: ${p.message.nl}`).join('\n'), options);
    this.name = 'DefinitionError';
  }
}

/** Why an event was refused. Exhaustive: switch over it. */
export type RejectionReason =
  | 'definition-mismatch'
  | 'trajectory-finished'
  | 'unknown-event'
  | 'not-in-step'
  | 'role-forbidden'
  | 'form-missing'
  | 'form-invalid'
  | 'required-missing'
  | 'guard-false'
  | 'capacity-full';

/** An event the engine refused, with the reason and, for form problems, the fields. */
export class TransitionRejected extends Error {
  readonly code = 'transition-rejected' as const;
  constructor(
    readonly reason: RejectionReason,
    readonly messageText: Localized,
    readonly fieldErrors: FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(messageText.nl, options);
    this.name = 'TransitionRejected';
  }
}
