import type { Context } from 'hono';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type ParseLimits, createAjv, escapePointer, localizeErrors, parseJson } from '@koers/engine';
import { InvalidRequest, Unprocessable } from './errors';
import { decodeUtf8, refuseBadStrings } from './text';

const ajv = createAjv();

/**
 * Compiles a request-body schema once, at module load. Schemas should say `additionalProperties: false`
 * so unknown fields are refused.
 * @example const LoginBody = bodySchema<{ email: string }>({ type: 'object', ... });
 */
export function bodySchema<T>(schema: object): ValidateFunction<T> {
  return ajv.compile<T>(schema);
}

/** An unknown field is reported at its own pointer, not at the object holding it. */
function pointerOf(error: ErrorObject, fallback: string): string {
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  if (error.keyword === 'additionalProperties' && typeof extra === 'string') return `${error.instancePath}/${escapePointer(extra)}`;
  return fallback;
}

/** How large and how deeply nested an ordinary request body may be; bodies that carry definitions say their own limits. */
export const BODY_LIMITS: ParseLimits = { maxLength: 1024 * 1024, maxDepth: 16 };

/**
 * Reads and checks a JSON request body: JSON content type, valid UTF-8, well-formed, bounded length and depth
 * (`limits`, by default BODY_LIMITS), no `__proto__`, `constructor` or `prototype` keys (400); no
 * NUL or lone surrogate in any key or value (422 at its pointer); then the schema (422 with a Dutch
 * message per JSON pointer). The size limit is the body-limit middleware's (413).
 */
export async function readJson<T>(c: Context, validate: ValidateFunction<T>, limits: ParseLimits = BODY_LIMITS): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new InvalidRequest({ nl: 'Stuur de gegevens als JSON (Content-Type: application/json).', en: 'Send the data as JSON (Content-Type: application/json).' }, '/headers/content-type');
  }
  const parsed = parseJson(decodeUtf8(await c.req.arrayBuffer()), 'body', limits);
  if (!parsed.ok) {
    const problem = parsed.problems[0]!;
    throw new InvalidRequest(problem.message, problem.pointer);
  }
  refuseBadStrings(parsed.value);
  if (validate(parsed.value)) return parsed.value;
  const errors = validate.errors ?? [];
  const fields = localizeErrors(errors).map((f, i) => ({ ...f, path: pointerOf(errors[i]!, f.path) }));
  throw new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, fields, fields[0]?.path ?? '');
}
