import { InvalidRequest } from '../errors';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The `Idempotency-Key` header, checked (1 to 200 visible ASCII characters); undefined without one. */
export function idempotencyKeyOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(raw)) {
    throw new InvalidRequest({
      nl: 'Idempotency-Key moet 1 tot 200 zichtbare ASCII-tekens zijn (bijvoorbeeld een UUID).',
      en: 'Idempotency-Key must be 1 to 200 visible ASCII characters (for example a UUID).',
    }, '/headers/idempotency-key');
  }
  return raw;
}
