import { loadBundleOrThrow } from '@koers/engine';
import { type Organisation, type Store, createStore } from '@koers/store';
import { type ClientResponse, hc } from 'hono/client';
import { type AppType, type ErrorReport, type RequestLog, createApp, hashPassword } from '../../src';
import type { TestDatabase } from '@koers/testing';
import { readTree } from '@koers/testing';

/** Cheap scrypt for tests; the encoded parameters make production hashes verify all the same. */
export const TEST_PASSWORD = { ln: 4, r: 8, p: 1 };
export const PASSWORD = 'geheim-wachtwoord-1';
export const START = new Date('2025-03-03T08:00:00.000Z');

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private time = START.getTime()) {}
  now(): Date {
    return new Date(this.time);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** A browser-like client: keeps the session cookie, and sends the CSRF token on writes once it has one. */
export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  /**
   * The typed client of `/api` through this agent (its cookie, CSRF token and client address): answers typed by
   * the routes, so a renamed field breaks the test at compile time. `await answer(ib.api.trajectories.$get({ query: {} }))`.
   */
  readonly api = hc<AppType>('http://koers.test', { fetch: (input: RequestInfo | URL, init?: RequestInit) => this.viaRequest(input, init) }).api;
  constructor(private readonly app: AppType, readonly ip = '10.0.0.1') {}

  private viaRequest(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(String(input));
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string') throw new Error('the typed client sends JSON text only');
    return this.request(init.method ?? 'GET', url.pathname + url.search, body ?? undefined, Object.fromEntries(new Headers(init.headers)));
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const all: Record<string, string> = { 'x-test-ip': this.ip, ...headers };
    if (body !== undefined && all['content-type'] === undefined) all['content-type'] = 'application/json';
    if (this.cookie && all.cookie === undefined) all.cookie = `koers_session=${this.cookie}`;
    if (this.csrf && method !== 'GET' && all['x-csrf-token'] === undefined) all['x-csrf-token'] = this.csrf;
    const res = await this.app.request(path, { method, headers: all, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    for (const line of res.headers.getSetCookie()) {
      const match = /^koers_session=([^;]*)/.exec(line);
      if (match) this.cookie = match[1] === '' ? undefined : match[1];
    }
    return res;
  }

  async login(email: string, password = PASSWORD): Promise<Response> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.status === 200) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }
}

/** A new agent signed in as `email` (the test fails at once when the sign-in is refused). */
export async function signedIn(app: AppType, email: string, password = PASSWORD): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.login(email, password);
  if (res.status !== 200) throw new Error(`sign-in as ${email} refused: ${res.status}`);
  return agent;
}

/** The body of a typed answer of the expected status (200 by default); any other status fails with its body. */
export async function answer<R extends ClientResponse<unknown, number, string>, S extends number = 200>(
  pending: Promise<R>, status: S = 200 as S,
): Promise<R extends ClientResponse<infer T, infer U, infer _F> ? (U extends S ? T : never) : never> {
  const res = await pending;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
  return await res.json() as never;
}

export interface World {
  bestuur: Organisation;
  schoolA: Organisation;
  schoolB: Organisation;
}

/**
 * An app on a fresh database with the catalogue read from `trees` (folders from the repository root), a
 * hand-moved clock and the test client address, and a way to add people who sign in with PASSWORD.
 */
export async function testApp(database: TestDatabase, ...trees: string[]) {
  const store: Store = await createStore(await database.create());
  const clock = new TestClock();
  const bundle = loadBundleOrThrow(readTree(...trees));
  /** What the app reported of unexpected errors (500s). */
  const reports: ErrorReport[] = [];
  /** Answers that did not match the schema their route declares: any one fails the suite on close. */
  const contractProblems: string[] = [];
  /** Every answered request, as the edge would log it. */
  const requests: RequestLog[] = [];
  const app = createApp({
    catalogue: { definitions: bundle.definitions, forms: bundle.forms }, store, clock, reportError: (report) => reports.push(report),
    logRequest: (entry) => requests.push(entry),
    checkResponses: (problem) => contractProblems.push(problem),
    auth: { password: TEST_PASSWORD, clientIp: (c) => c.req.header('x-test-ip') },
  });
  const passwordHash = await hashPassword(PASSWORD, TEST_PASSWORD);
  /** A user with these memberships; named after their e-mail address unless a name is given. */
  const person = async (email: string, memberships: Array<[Organisation, string]>, isAdmin = false, name = email.split('@')[0]!) => {
    const user = await store.users.create({ email, name, passwordHash, isAdmin });
    for (const [org, role] of memberships) await store.memberships.add({ userId: user.id, organisationId: org.id, role });
    return user;
  };
  /** Closes the database; fails when an answer broke its declared contract. */
  const close = async () => {
    await store.close();
    if (contractProblems.length > 0) throw new Error(`Answers that do not match their declared schema:\n${contractProblems.join('\n')}`);
  };
  return { store, clock, bundle, app, person, reports, requests, close };
}

/**
 * An app whose catalogue is empty (no type is published until someone does it through the API) and an
 * admin who signs in as `admin()`.
 */
export async function emptyApp(database: TestDatabase) {
  const { app, store, person, close } = await testApp(database);
  await person('admin@koers.nl', [], true);
  return {
    app, store, close,
    async admin(): Promise<Agent> {
      const agent = new Agent(app);
      const res = await agent.login('admin@koers.nl');
      if (res.status !== 200) throw new Error(`login admin: ${res.status}`);
      return agent;
    },
  };
}

/**
 * An app on a fresh database, with a bestuur, two schools and a person for each kind of role. The types
 * published are the valid and the matrix fixture: together they declare schoolleider, casemanager, ib,
 * werkgroep and procesbegeleider, the roles one may invite to.
 */
export async function harness(database: TestDatabase) {
  const { store, clock, app, person, close } = await testApp(database, 'test/fixtures/valid', 'test/fixtures/matrix');
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const schoolA = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const schoolB = await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  const people = {
    admin: await person('admin@koers.nl', [], true),
    leider: await person('leider@esch.nl', [[schoolA, 'schoolleider']]),
    ib: await person('ib@esch.nl', [[schoolA, 'ib']]),
    coach: await person('coach@koers.nl', [[schoolA, 'procesbegeleider']]),
    kompas: await person('directie@kompas.nl', [[schoolB, 'directie']]),
  };
  const world: World = { bestuur, schoolA, schoolB };
  return {
    app, store, clock, world, people,
    agent: (ip?: string) => new Agent(app, ip),
    /** A signed-in agent. */
    async as(email: string, ip?: string): Promise<Agent> {
      const agent = new Agent(app, ip);
      const res = await agent.login(email);
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
      return agent;
    },
    /** Rows in the account tables, to show a refused request changed nothing (sessions change with every login). */
    async counts() {
      const { sql } = await import('drizzle-orm');
      const tables = ['users', 'memberships', 'organisations', 'invitations', 'api_tokens'];
      const out: Record<string, number> = {};
      for (const table of tables) {
        const result = await store.connection.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
        out[table] = ('rows' in result ? result.rows : result)[0]!.n;
      }
      return out;
    },
    close,
  };
}

export type Harness = Awaited<ReturnType<typeof harness>>;

/** The error body every refusal has. */
export async function errorOf(res: { json(): Promise<unknown> }): Promise<{ code: string; path: string; message: { nl: string; en: string }; reason?: string; fieldErrors?: Array<{ path: string }>; requestId?: string }> {
  return ((await res.json()) as { error: never }).error;
}
