import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { describeRoute, uniqueSymbol } from 'hono-openapi';
import type { Static, TSchema } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv';
import type { ParseLimits } from '@koers/engine';
import { requireAdmin, requireViewer } from '../access';
import type { Viewer } from '../context';
import type { AuthEnv } from '../auth/options';
import { BODY_LIMITS, bodySchema, readJson } from '../body';
import { type Params, type ParsedParams, parseParams } from './params';
import { openApiOperation } from './operation';
import { redactPath } from '../report';

/**
 * Who may call a route: anyone (`public`), anyone signed in (`signed-in`: 401 without a session or token),
 * or administrators (`admin`: 403 for others). Finer rules (a coach of this school, a role of this type) are
 * the service's; `who` says them in words for the OpenAPI document.
 */
export type Access = 'public' | 'signed-in' | 'admin';

/** An answer: its description and, for JSON, its schema; other media types by content type. */
export type Reply = { description: string; schema?: TSchema; media?: readonly string[] };

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;

/** A route's contract, declared once: the middleware checks it, the OpenAPI document shows it, the client is typed by it. */
export interface RouteSpec<B extends TSchema | undefined, Q extends Params, P extends Params, R extends Record<number, Reply>> {
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  /** The finer rule, in words (shown in the document as `x-koers-access`). */
  who?: string;
  body?: B;
  /** How large and deep the body may be (default BODY_LIMITS). */
  limits?: ParseLimits;
  query?: Q;
  params?: P;
  headers?: ReadonlyArray<{ name: string; description: string; maxLength?: number }>;
  responses: R;
  /** Error statuses besides the ones the declaration implies (401/403 from access, 400/413/422 from a body, 400 from parameters). */
  errors?: readonly ErrorStatus[];
}

type ViewerOf<A extends Access> = A extends 'public' ? Viewer | null : Viewer;
type Valid<B, Q extends Params, P extends Params> = {
  // What the typed client sends: only the parts the route declares (hc then asks for no empty `query` or `param`).
  in: (B extends TSchema ? { json: Static<B> } : object) & (keyof Q extends never ? object : { query: { [K in keyof Q]?: string } })
    & (keyof P extends never ? object : { param: { [K in keyof P]: string } });
  out: (B extends TSchema ? { json: Static<B> } : object) & { query: ParsedParams<Q> } & { param: { [K in keyof P]: NonNullable<ParsedParams<P>[K]> } };
};
type Json<R extends Record<number, Reply>, S extends keyof R> = R[S] extends { schema: infer X extends TSchema } ? Static<X> : never;

/** What `route()` gives a handler chain: the checking middleware and a typed JSON answer. */
export interface Route<B extends TSchema | undefined, Q extends Params, P extends Params, R extends Record<number, Reply>, A extends Access> {
  /** Access, then parameters, then the body: handlers read `c.req.valid('json' | 'query' | 'param')` and `c.var.viewer`. */
  check: MiddlewareHandler<{ Variables: { viewer: ViewerOf<A> } }, string, Valid<B, Q, P>>;
  /** A JSON answer of a declared status, typed by its schema (so the typed client knows it). */
  json<S extends keyof R & ContentfulStatusCode>(c: Context, status: S, value: Json<R, S>): Response & { _data: Json<R, S>; _status: S; _format: 'json' };
  spec: RouteSpec<B, Q, P, R>;
}

/**
 * An answer's schema as the test check reads it: every object closed (`additionalProperties: false` where the
 * schema leaves it open and lists its properties), so a field the server sends but the contract does not
 * declare is reported too. The document and the client keep the schema as declared.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined && out.patternProperties === undefined) out.additionalProperties = false;
  return out;
}

/** Compiles each schema once per use: as a request body as declared, as an answer closed. */
function compiledOnce(prepare: (schema: TSchema) => object) {
  const compiled = new WeakMap<TSchema, ValidateFunction>();
  return (schema: TSchema): ValidateFunction => {
    let v = compiled.get(schema);
    if (!v) compiled.set(schema, (v = bodySchema(prepare(schema))));
    return v;
  };
}
const validatorOf = compiledOnce((schema) => schema);
const answerValidatorOf = compiledOnce((schema) => closed(schema) as object);

/**
 * Declares a route's contract once. The returned `check` middleware enforces access, parses the declared
 * query and path parameters (each with its own Dutch/English 400) and reads the JSON body (strict UTF-8,
 * size and depth limits, no NUL, then the schema: 422 per field), and carries the OpenAPI operation that
 * `openApiDocument` collects from the app. With `checkResponses` on (tests), every JSON answer is checked
 * against its declared schema, so the document cannot drift from what the server sends.
 * @example const start = route({ tag: 'trajectories', summary: '…', access: 'signed-in', body: StartBody, responses: { 201: { description: '…', schema: TrajectoryView } } });
 *          app.post('/', start.check, async (c) => start.json(c, 201, await startTrajectory(deps, c.var.viewer, c.req.valid('json'))));
 */
export function route<const A extends Access, B extends TSchema | undefined = undefined, Q extends Params = Record<never, never>, P extends Params = Record<never, never>, R extends Record<number, Reply> = Record<number, Reply>>(
  spec: RouteSpec<B, Q, P, R> & { access: A },
): Route<B, Q, P, R, A> {
  if (spec.body) validatorOf(spec.body);
  const check: MiddlewareHandler<AuthEnv> = async (c, next) => {
    if (spec.access === 'signed-in') requireViewer(c.get('viewer'));
    else if (spec.access === 'admin') requireAdmin(c.get('viewer'));
    if (spec.params) c.req.addValidatedData('param', parseParams(spec.params, (name) => c.req.param(name)));
    if (spec.query) c.req.addValidatedData('query', parseParams(spec.query, (name) => c.req.query(name)));
    if (spec.body) c.req.addValidatedData('json', await readJson(c, validatorOf(spec.body), spec.limits ?? BODY_LIMITS) as object);
    await next();
    const report = c.get('checkResponses');
    if (report) await checkResponse(c.res, spec.responses, (problem) => report(`${c.req.method} ${redactPath(c.req.path)}: ${problem}`));
  };
  const described = describeRoute(openApiOperation(spec)) as unknown as Record<symbol, unknown>;
  Object.assign(check, { [uniqueSymbol]: described[uniqueSymbol] });
  return {
    check: check as unknown as Route<B, Q, P, R, A>['check'],
    json: (c, status, value) => c.json(value as object, status) as never,
    spec,
  };
}

/** In tests: a successful answer with an undeclared status, or JSON that does not match its declared schema, is reported. */
async function checkResponse(res: Response, responses: Record<number, Reply>, report: (problem: string) => void) {
  if (res.status >= 400) return;
  const declared = responses[res.status];
  if (!declared) return report(`status ${res.status} is not declared`);
  if (!declared.schema || !(res.headers.get('content-type') ?? '').startsWith('application/json')) return;
  const validate = answerValidatorOf(declared.schema);
  if (!validate(await res.clone().json())) report(`the ${res.status} answer does not match its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}
