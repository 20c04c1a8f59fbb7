import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { sha256 } from '../src/auth/secrets';
import { skeleton } from '../src/type-drafts/skeleton';
import { sql } from 'drizzle-orm';
import { type Agent, answer, errorOf } from './support/harness';
import { type Role, matrixWorld } from './support/matrix-world';

/**
 * Strings PostgreSQL cannot store (NUL) or that are no text at all (a lone UTF-16 surrogate, which JSON's
 * `\ud800` escape lets through JSON.parse), at field paths of every route with a JSON body: each is
 * refused with 422 at its path, and no row of any table changes.
 */
// A fresh PGlite with migrations and eight people takes a while on a busy machine.
vi.setConfig({ hookTimeout: 60_000 });

const BAD = { nul: 'x\u0000y', surrogate: 'a\ud800b' } as const;

/** A copy of `value` with `bad` written at `pointer` (a new key where the pointer names none). */
function withAt(value: unknown, pointer: string, bad: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const segments = pointer.split('/').slice(1);
  let node: Record<string, unknown> = copy;
  for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
  node[segments.at(-1)!] = bad;
  return copy;
}

interface Case {
  route: string;
  role: Role;
  /** The path and a valid body; `fresh` makes both anew for every request (an invitation token). */
  call: () => Promise<{ method: string; path: string; body: unknown; agent?: Agent }>;
  /** Where to write the bad string (as a value), and where a bad key goes (its object is the path). */
  values: string[];
  keys?: string[];
}

await forEachDatabase('strings the database cannot store', matrixWorld, (w) => {
  const agents = {} as Record<Role, Agent>;
  let trajectoryId = '';
  let n = 0;
  const invitationToken = async () => {
    const token = randomBytes(32).toString('base64url');
    await w.store.invitations.create({
      tokenHash: sha256(token), email: `nieuw-${++n}@school.nl`, organisationId: w.schools.A.id, role: 'werkgroep', invitedBy: w.people.admin.id,
      expiresAt: new Date(w.clock.now().getTime() + 86_400_000), now: w.clock.now(),
    });
    return token;
  };

  /** A fresh draft of a new type, made in the store, for the draft routes to write to. */
  const draft = async () => {
    const typeId = `concept-${++n}`;
    await w.store.typeDrafts.create({ typeId, basedOn: null, definition: skeleton(typeId, { nl: 'Concept', en: 'Draft' }), forms: [], at: w.clock.now(), by: null });
    return typeId;
  };
  const matrixBundle = async () => {
    const { definition, forms } = await answer(agents.admin.api.types[':id'].$get({ param: { id: 'matrix' }, query: { version: '1' } }));
    return { definition: { ...definition, id: `matrix-import-${++n}` }, forms };
  };

  /** A fresh sign-off link on the test trajectory, made in the store: its token. */
  const signoffToken = async () => {
    const token = randomBytes(32).toString('base64url');
    await w.store.signoffs.request({ trajectoryId, key: 'ouders', name: 'Ouder', role: 'ouder', email: null, tokenHash: sha256(token), expiresAt: new Date(w.clock.now().getTime() + 86_400_000), by: w.people.admin.id, now: w.clock.now() });
    return token;
  };

  /** A group of matrix-groep, made in the store, for the group routes to write to. */
  const group = async () => {
    const created = await w.store.groups.create({ typeId: 'matrix-groep', name: `Groep ${++n}`, programmeYear: '2025-2026', createdBy: null, leadUserIds: [], at: w.clock.now() });
    if (created.kind !== 'created') throw new Error(created.kind);
    return created.group.id;
  };

  const CASES: Case[] = [
    { route: 'POST /api/groups', role: 'admin', values: ['/typeId', '/name', '/programmeYear'],
      call: async () => ({ method: 'POST', path: '/api/groups', body: { typeId: 'matrix-groep', name: `Groep ${++n}`, programmeYear: '2025-2026' } }) },
    { route: 'POST /api/groups/:id/members', role: 'admin', values: ['/trajectoryId'],
      call: async () => {
        const trajectory = (await answer(agents.admin.api.trajectories.$post({ json: { typeId: 'matrix-groep', schoolId: w.schools.A.id } }), 201)).id;
        return { method: 'POST', path: `/api/groups/${await group()}/members`, body: { trajectoryId: trajectory } };
      } },
    { route: 'POST /api/groups/:id/meetings', role: 'admin', values: ['/kind', '/heldOn'],
      call: async () => ({ method: 'POST', path: `/api/groups/${await group()}/meetings`, body: { kind: 'bijeenkomst', heldOn: '2025-10-01', attendance: [] } }) },

    { route: 'POST /api/trajectories/:id/signoffs', role: 'admin', values: ['/key', '/name', '/role'],
      call: async () => ({ method: 'POST', path: `/api/trajectories/${trajectoryId}/signoffs`, body: { key: 'ouders', name: 'Ouder', role: 'ouder' } }) },
    { route: 'POST /api/trajectories/:id/signoffs/paper', role: 'admin', values: ['/name', '/role'],
      call: async () => ({ method: 'POST', path: `/api/trajectories/${trajectoryId}/signoffs/paper`, body: { key: 'ouders', name: 'Ouder', role: 'ouder', signedOn: '2025-01-02' } }) },
    { route: 'POST /api/signoffs/:token', role: 'anon', values: ['/name'],
      call: async () => ({ method: 'POST', path: `/api/signoffs/${await signoffToken()}`, body: { name: 'Een ouder' } }) },
    { route: 'POST /api/type-drafts', role: 'admin', values: ['/title/nl', '/typeId'],
      call: async () => ({ method: 'POST', path: '/api/type-drafts', body: { typeId: `nieuw-${++n}`, title: { nl: 'Nieuw', en: 'New' } } }) },
    { route: 'PUT /api/type-drafts/:typeId', role: 'admin', values: ['/definition/title/nl', '/forms/0/title'], keys: ['/definition', '/forms/0'],
      call: async () => ({ method: 'PUT', path: `/api/type-drafts/${await draft()}`, body: { revision: 1, definition: { title: { nl: 'x', en: 'x' } }, forms: [{ title: 'f' }] } }) },
    { route: 'POST /api/type-drafts/:typeId/publish', role: 'admin', values: ['/note'],
      call: async () => ({ method: 'POST', path: `/api/type-drafts/${await draft()}/publish`, body: { revision: 1, note: 'Eerste versie' } }) },
    { route: 'POST /api/type-drafts/import', role: 'admin', values: ['/definition/title/nl', '/forms/0/title/en'], keys: ['/definition/roles', '/forms/0/schema/properties'],
      call: async () => ({ method: 'POST', path: '/api/type-drafts/import', body: await matrixBundle() }) },
    { route: 'POST /api/auth/login', role: 'anon', values: ['/email', '/password'],
      call: async () => ({ method: 'POST', path: '/api/auth/login', body: { email: 'ib@esch.nl', password: 'geheim-wachtwoord-1' } }) },
    { route: 'POST /api/tokens', role: 'admin', values: ['/name'],
      call: async () => ({ method: 'POST', path: '/api/tokens', body: { name: 'script' } }) },
    { route: 'POST /api/organisations', role: 'admin', values: ['/name'],
      call: async () => ({ method: 'POST', path: '/api/organisations', body: { kind: 'school', name: 'Nieuwe school', parentId: w.bestuur.id } }) },
    { route: 'PATCH /api/organisations/:id', role: 'admin', values: ['/name', '/brin'],
      call: async () => ({ method: 'PATCH', path: `/api/organisations/${w.schools.C.id}`, body: { name: 'School C', brin: '12AB' } }) },
    { route: 'POST /api/organisations/:id/calendar-days', role: 'admin', values: ['/date', '/title'],
      call: async () => ({ method: 'POST', path: `/api/organisations/${w.bestuur.id}/calendar-days`, body: { date: '2026-11-12', title: 'Studiedag' } }) },
    { route: 'PUT /api/me/settings', role: 'admin', values: ['/lang', '/mail'],
      call: async () => ({ method: 'PUT', path: '/api/me/settings', body: { lang: 'nl', mail: 'digest' } }) },
    { route: 'POST /api/memberships', role: 'admin', values: ['/email', '/role'],
      call: async () => ({ method: 'POST', path: '/api/memberships', body: { email: 'ib@esch.nl', organisationId: w.schools.B.id, role: 'werkgroep' } }) },
    { route: 'POST /api/invitations', role: 'admin', values: ['/email', '/name', '/role'],
      call: async () => ({ method: 'POST', path: '/api/invitations', body: { email: 'nieuw@school.nl', name: 'Nieuw', role: 'ib', organisationId: w.schools.A.id } }) },
    { route: 'POST /api/invitations/:token/accept', role: 'anon', values: ['/name', '/password'],
      call: async () => ({ method: 'POST', path: `/api/invitations/${await invitationToken()}/accept`, body: { name: 'Nieuwe Collega', password: 'een-lang-wachtwoord' } }) },
    { route: 'POST /api/trajectories', role: 'admin', values: ['/typeId'],
      call: async () => ({ method: 'POST', path: '/api/trajectories', body: { typeId: 'matrix', schoolId: w.schools.A.id } }) },
    { route: 'PUT /api/trajectories/:id/drafts/:formId', role: 'ib-A', values: ['/data/doel', '/data/metingen/0/score'], keys: ['/data', '/data/metingen/0'],
      call: async () => ({ method: 'PUT', path: `/api/trajectories/${trajectoryId}/drafts/matrix-plan`, body: { data: { doel: 'Concept', metingen: [{ score: '7' }] } } }) },
    { route: 'POST /api/trajectories/:id/events', role: 'ib-A', values: ['/data/doel', '/type'], keys: ['/data'],
      call: async () => ({ method: 'POST', path: `/api/trajectories/${trajectoryId}/events`, body: { type: 'PLAN_INDIENEN', expectedVersion: 1, data: { doel: 'Iedereen leest op niveau.' } } }) },
    { route: 'POST /api/trajectories/:id/flags/:flagId/acknowledge', role: 'admin', values: ['/note'],
      call: async () => {
        const result = await w.store.connection.db.execute(sql`insert into flags (trajectory_id, source, code, message, raised_at)
          values (${trajectoryId}::uuid, 'attendance', 'bijeenkomst', ${JSON.stringify({ nl: 'Te weinig aanwezig', en: 'Too few present' })}::jsonb, now()) returning id`);
        const flagId = ('rows' in result ? result.rows : [...result])[0]!.id as string;
        return { method: 'POST', path: `/api/trajectories/${trajectoryId}/flags/${flagId}/acknowledge`, body: { note: 'Gezien' } };
      } },
    { route: 'POST /api/types', role: 'admin', values: ['/definition/title/nl', '/forms/0/title/en'], keys: ['/definition/roles', '/forms/0/schema/properties'],
      call: async () => {
        const { definition, forms } = await answer(agents.admin.api.types[':id'].$get({ param: { id: 'matrix' }, query: { version: '1' } }));
        return { method: 'POST', path: '/api/types', body: { definition: { ...definition, version: 50 + ++n }, forms } };
      } },
  ];

  beforeAll(async () => {
    for (const role of ['anon', 'admin', 'ib-A'] as const) agents[role] = await w.signIn(role);
    trajectoryId = (await answer(agents.admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: w.schools.A.id } }), 201)).id;
  });

  it('covers every route that reads a JSON body', () => {
    // A declared route lists its checking middleware and its handler: each route once.
    const bodied = [...new Set(w.app.routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))];
    // Logging out, making a calendar feed, marking notifications read and retrying a mail take no body.
    const bodiless = new Set(['POST /api/auth/logout', 'POST /api/me/calendar-feed', 'POST /api/inbox/:id/read', 'POST /api/inbox/read-all', 'POST /api/admin/mails/:id/retry', 'POST /api/trajectories/:id/signoffs/:signoffId/revoke']);
    expect(bodied.filter((r) => !bodiless.has(r)).sort()).toEqual(CASES.map((c) => c.route).sort());
  });

  for (const c of CASES) {
    it(`${c.route}: refuses NUL and lone surrogates in values and keys with 422 at the field, changing nothing`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      const tries: Array<{ at: string; make: (body: unknown, bad: string) => unknown }> = [
        ...c.values.map((pointer) => ({ at: pointer, make: (body: unknown, bad: string) => withAt(body, pointer, bad) })),
        ...(c.keys ?? []).map((pointer) => ({ at: pointer, make: (body: unknown, bad: string) => withAt(body, `${pointer}/veld${bad}`, 'waarde') })),
      ];
      for (const [name, bad] of Object.entries(BAD)) {
        for (const { at, make } of tries) {
          const call = await c.call();
          const before = await w.fingerprint();
          const res = await (call.agent ?? agents[c.role]).request(call.method, call.path, make(call.body, bad));
          const error = res.status >= 400 ? await errorOf(res) : undefined;
          const after = await w.fingerprint();
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          outcomes.push(`${name} at ${at}: ${res.status} ${error?.path} ${error?.message.nl ? 'nl' : '-'} ${changed.join(',') || 'unchanged'}`);
          expected.push(`${name} at ${at}: 422 ${at} nl unchanged`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('accepts characters outside the Basic Multilingual Plane (a valid surrogate pair) and stores them unchanged', async () => {
    const res = await agents.admin.request('POST', '/api/tokens', { name: 'Script 🚀 ëë' });
    expect(res.status).toBe(201);
    const listed = await answer(agents.admin.api.tokens.$get());
    expect(listed.map((t) => t.name)).toContain('Script 🚀 ëë');
  });

  it('refuses a body that is not valid UTF-8 with 400 instead of storing replacement characters', async () => {
    const admin = agents.admin;
    const bytes = Buffer.concat([Buffer.from('{"name":"script '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const before = await w.fingerprint();
    const res = await w.app.request('/api/tokens', {
      method: 'POST', body: bytes,
      headers: { 'content-type': 'application/json', cookie: `koers_session=${admin.cookie}`, 'x-csrf-token': admin.csrf!, 'x-test-ip': admin.ip },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message.nl).toMatch(/UTF-8/);
    expect(await w.fingerprint()).toEqual(before);
  });
});
