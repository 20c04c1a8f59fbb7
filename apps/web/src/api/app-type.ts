import type { AppType } from '@koers/server';
import type { hc, InferResponseType } from 'hono/client';

/**
 * The typed client of the whole API (Hono RPC): paths, methods, inputs and responses come from the server's routes.
 * The web has no Node types, yet the server's code uses Node: tsconfig.json references packages/server, so this
 * import reads the server's emitted declarations (packages/server/.tsbuild), never its source.
 * @example const api: Api = hc<AppType>('/'); const res = await api.api.health.$get();
 */
export type Api = ReturnType<typeof hc<AppType>>;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Expect<T extends true> = T;

/** Compiles only while the client is really typed: were `AppType` to become `any`, this would not be `true`. */
export type ApiIsTyped = Expect<Equal<InferResponseType<Api['api']['health']['$get']>, { ok: true }>>;
