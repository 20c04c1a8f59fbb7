import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { Lang } from '@koers/engine';
import { InvalidRequest } from '../errors';
import { langOf } from '../lang';
import { TYPE_ID, oneOf, typeIdParam, uuidParam, wholeNumber } from '../query';

/**
 * A query or path parameter as a route declares it: its schema and description (for the OpenAPI document),
 * and the parser that reads it, with the Dutch/English message per parameter kind (a 400 at `/<name>`).
 */
export interface Param<T, R extends boolean = boolean> {
  schema: TSchema;
  description: string;
  required: R;
  parse(raw: string | undefined, name: string): T | undefined;
}

const param = <T>(schema: TSchema, description: string, parse: Param<T>['parse']): Param<T, false> => ({ schema, description, parse, required: false });

/** The parameter declarations, one per kind of value. */
export const p = {
  /** A whole number from `min` to `max`. */
  wholeNumber: (description: string, options: { min?: number; max?: number; default?: number } = {}) => {
    const { min = 1, max = 9_999_999 } = options;
    return param<number>(Type.Integer({ minimum: min, maximum: max, ...(options.default === undefined ? {} : { default: options.default }) }), description,
      (raw, name) => wholeNumber(raw, name, min, max));
  },
  /** A trajectory type version: a whole number from 1. */
  version: (description = 'Versie van de soort; zonder: de nieuwste.') => p.wholeNumber(description),
  uuid: (description: string) => param<string>(Type.String({ format: 'uuid' }), description, uuidParam),
  /** A path id: any other value simply finds nothing (404, as if it did not exist), so it is not refused here. */
  id: (description: string) => param<string>(Type.String({ format: 'uuid' }), description, (raw) => raw),
  typeId: (description = 'Trajectsoort-id.') => param<string>(Type.String({ pattern: TYPE_ID.source }), description, (raw, name) => typeIdParam(raw, name)),
  oneOf: <const V extends string>(values: readonly V[], description: string, fallback?: V) =>
    param<V>(Type.Unsafe<V>({ type: 'string', enum: [...values], ...(fallback ? { default: fallback } : {}) }), description, (raw, name) => oneOf(raw, name, values)),
  /** `?lang=nl|en` (Dutch without it). */
  lang: () => param<Lang>(Type.Unsafe<Lang>({ type: 'string', enum: ['nl', 'en'], default: 'nl' }), 'Taal / language', (raw) => langOf(raw)),
  /** A flag that counts by being there (`?download`). */
  flag: (description: string) => param<true>(Type.String(), description, (raw) => (raw === undefined ? undefined : true)),
  /** Text checked by the service that reads it (a free value, a secret token, a cursor). */
  text: (description: string, options: { maxLength?: number; pattern?: RegExp; message?: (raw: string) => { nl: string; en: string } } = {}) =>
    param<string>(Type.String({ ...(options.maxLength ? { maxLength: options.maxLength } : {}), ...(options.pattern ? { pattern: options.pattern.source } : {}) }), description, (raw, name) => {
      if (raw === undefined) return undefined;
      const tooLong = options.maxLength !== undefined && raw.length > options.maxLength;
      if (tooLong || (options.pattern && !options.pattern.test(raw))) {
        throw new InvalidRequest(options.message?.(raw) ?? { nl: `${name} "${raw}" is ongeldig.`, en: `${name} "${raw}" is invalid.` }, `/${name}`);
      }
      return raw;
    }),
  /** The same parameter, required: missing is a 400 naming it. */
  required: <T>(inner: Param<T, false>): Param<T, true> => ({ ...inner, required: true }),
};

export type Params = Record<string, Param<any>>;

/** What a handler reads from `c.req.valid('query' | 'param')`. */
export type ParsedParams<P extends Params> = {
  [K in keyof P]: P[K] extends Param<infer T, true> ? T : P[K] extends Param<infer T, false> ? T | undefined : never;
};

/** Reads every declared parameter (missing required ones are a 400 naming them). */
export function parseParams<P extends Params>(declared: P, read: (name: string) => string | undefined): ParsedParams<P> {
  const out: Record<string, unknown> = {};
  for (const [name, decl] of Object.entries(declared)) {
    const value = decl.parse(read(name), name);
    if (value === undefined && decl.required) {
      throw new InvalidRequest({ nl: `Parameter ${name} ontbreekt.`, en: `Parameter ${name} is missing.` }, `/${name}`);
    }
    out[name] = value;
  }
  return out as ParsedParams<P>;
}

/** The OpenAPI `parameters` entries of a route. */
export function openApiParams(declared: Params | undefined, where: 'query' | 'path') {
  return Object.entries(declared ?? {}).map(([name, d]) => ({
    name, in: where, required: where === 'path' || d.required, description: d.description, schema: d.schema as Static<TSchema>,
  }));
}
