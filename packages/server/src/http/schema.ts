import { type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';
import type { JsonObject } from '@koers/engine';

/**
 * Names for the schemas the OpenAPI document lists under `components.schemas`: a schema registered here
 * appears there once and every use of it becomes a `$ref`. Kept beside the schema object, not inside it
 * (no `$id`), so Ajv compiles each route's schemas on their own without a shared registry.
 */
const NAMES = new WeakMap<object, string>();

/** Registers `schema` as the component `name` and returns it unchanged. */
export function named<S extends TSchema>(name: string, schema: S): S {
  NAMES.set(schema, name);
  return schema;
}

/** The component name of a schema, if it has one. */
export const nameOf = (schema: object): string | undefined => NAMES.get(schema);

/** `T | null`. */
export const Nullable = <S extends TSchema>(schema: S) => Type.Union([schema, Type.Null()]);

/** A text for the user: Dutch first, English second. */
export const Localized = named('Localized', Type.Object({ nl: Type.String(), en: Type.String() }, {
  additionalProperties: false, description: 'Een tekst voor de gebruiker: Nederlands eerst, Engels tweede.',
}));

export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
/** A type id as the definition format allows it. */
export const TypeId = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' });
export const Version = Type.Integer({ minimum: 1, maximum: 9_999_999 });
/**
 * Any schema with a description of its own (the same checks). Not `{ ...Version, description }`: a spread carries
 * TypeBox's symbol keys into a type the emitted declarations cannot name.
 */
export const described = <S extends TSchema>(schema: S, description: string): TUnsafe<Static<S>> => Type.Unsafe<Static<S>>({ ...schema, description });
/** Any JSON object (form data, a definition): its own schema checks it further. */
export const AnyObject = Type.Unsafe<JsonObject>({ type: 'object' });

export const FieldError = named('FieldError', Type.Object({
  path: Type.String({ description: 'JSON pointer naar het veld (bij formulieren: in de formuliergegevens).' }),
  message: Localized,
  keyword: Type.Optional(Type.String()),
  code: Type.Optional(Type.String()),
  file: Type.Optional(Type.String()),
  pointer: Type.Optional(Type.String({ description: 'JSON pointer binnen het bestand (bij publiceren).' })),
}));

export const ErrorBody = named('Error', Type.Object({
  error: Type.Object({
    code: Type.String({ examples: ['not-found', 'invalid-request', 'unprocessable', 'version-conflict', 'transition-rejected'] }),
    message: Localized,
    path: Type.Optional(Type.String({ description: 'JSON pointer naar het deel van het verzoek waar het om gaat.' })),
    reason: Type.Optional(Type.String({ description: 'Bij transition-rejected: waarom de engine weigerde (role-forbidden, form-invalid, …).' })),
    fieldErrors: Type.Optional(Type.Array(FieldError)),
    requestId: Type.Optional(Type.String({ description: 'Bij 500: de code om aan de beheerder te noemen.' })),
    details: Type.Optional(Type.Unknown({ description: 'Bij 409: de huidige stand (currentVersion, trajectory).' })),
  }),
}));
