import type { TSchema } from '@sinclair/typebox';
import type { DescribeRouteOptions } from 'hono-openapi';
import type { Params } from './params';
import { openApiParams } from './params';
import { ErrorBody, nameOf } from './schema';
import type { Access, ErrorStatus, Reply } from './route';

/** Every named schema a route refers to, converted once: the document's `components.schemas`. */
export const COMPONENTS = new Map<string, unknown>();

/** A schema as the document shows it: named parts become `$ref`s to components (the root too, unless `inline`). */
export function toOpenApi(schema: unknown, inline = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toOpenApi(s));
  if (schema === null || typeof schema !== 'object') return schema;
  const name = nameOf(schema);
  if (name && !inline) {
    if (!COMPONENTS.has(name)) {
      COMPONENTS.set(name, {}); // a recursive schema refers to itself while it is converted
      COMPONENTS.set(name, toOpenApi(schema, true));
    }
    return { $ref: `#/components/schemas/${name}` };
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, toOpenApi(v)]));
}

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'Ongeldig verzoek (parameter, JSON, verboden sleutel zoals __proto__) / invalid request',
  401: 'Niet ingelogd / not signed in',
  403: 'Niet toegestaan / forbidden',
  404: 'Bestaat niet of niet zichtbaar voor u / not found or not visible to you',
  409: 'Conflict: verouderde versie of bestaat al / stale version or already exists',
  413: 'Verzoek te groot / request too large',
  422: 'Gegevens kloppen niet: fouten per veld / data does not validate: errors per field',
  429: 'Te veel verzoeken / too many requests',
};

const ACCESS_TEXT: Record<Access, string> = {
  public: 'Iedereen, ook zonder in te loggen / anyone, signed in or not.',
  'signed-in': 'Ingelogd (sessie of API-token) / signed in (session or API token).',
  admin: 'Alleen beheerders / administrators only.',
};

interface SpecLike {
  tag: string; summary: string; description?: string; access: Access; who?: string;
  body?: TSchema | undefined; query?: Params; params?: Params;
  headers?: ReadonlyArray<{ name: string; description: string; maxLength?: number }>;
  responses: Record<number, Reply>; errors?: readonly ErrorStatus[];
}

/** The OpenAPI operation of a route declaration: parameters, body, answers, errors, security and who may call it. */
export function openApiOperation(spec: SpecLike): DescribeRouteOptions {
  const implied: ErrorStatus[] = [];
  if (spec.access !== 'public') implied.push(401);
  if (spec.access === 'admin') implied.push(403);
  if (spec.body) implied.push(400, 413, 422);
  if (spec.query && Object.keys(spec.query).length > 0) implied.push(400);
  const errors = [...new Set([...implied, ...(spec.errors ?? [])])].sort();
  const who = spec.who ? `${ACCESS_TEXT[spec.access]} ${spec.who}` : ACCESS_TEXT[spec.access];
  const responses: Record<string, unknown> = {};
  for (const [status, reply] of Object.entries(spec.responses)) {
    const media = reply.schema ? { 'application/json': { schema: toOpenApi(reply.schema) } } : reply.media ? Object.fromEntries(reply.media.map((m) => [m, {}])) : undefined;
    responses[status] = { description: reply.description, ...(media ? { content: media } : {}) };
  }
  for (const status of errors) responses[status] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: toOpenApi(ErrorBody) } } };
  return {
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, `**Wie / who:** ${who}`].filter(Boolean).join('\n\n'),
    ...(spec.access === 'public' ? { security: [] } : {}),
    'x-koers-access': spec.access,
    ...(spec.who ? { 'x-koers-who': spec.who } : {}),
    parameters: [
      ...openApiParams(spec.params, 'path'),
      ...openApiParams(spec.query, 'query'),
      ...(spec.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string', ...(h.maxLength ? { maxLength: h.maxLength } : {}) } })),
    ],
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toOpenApi(spec.body) } } } } : {}),
    responses,
  } as DescribeRouteOptions;
}
