import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { type Agent, answer, errorOf } from './support/harness';
import { ROLES, type Role, matrixWorld } from './support/matrix-world';
import { sha256 } from '../src/auth/secrets';
import { skeleton } from '../src/type-drafts/skeleton';

/**
 * Every route × every kind of person × own / other school: the status each gets. Columns (see
 * support/matrix-world.ts): anon = not signed in; pb-A = procesbegeleider assigned to school A; pb-C =
 * procesbegeleider assigned only to school C (another bestuur); leider-A, ib-A, wg-A = schoolleider, ib'er
 * and werkgroep member of school A; bestuurder = bestuurder of the bestuur over A and B (a role the matrix type lets be
 * held at the bestuur, so it reaches A and B; see role-scope.test.ts for a role that may not); leider-B =
 * schoolleider of school B. "on" says what the request is about: a school (A, B, C), a bestuur (R = Rivierland
 * over A and B, P = Polderwijs over C), the caller themself (self), their own or someone else's token, their own
 * calendar feed or a revoked one (gone), or nothing in particular (-). Every refused request
 * and every GET must leave every table as it was. What each person may read inside a trajectory they see (a
 * form restricted by `formAccess`: view, drafts, documents, event log, meetings, calendar feed) is the
 * visibility matrix in form-access.test.ts.
 */
const TABLE = `
request                                    | on    | anon | admin | pb-A | pb-C | leider-A | ib-A | wg-A | bestuurder | leider-B
GET    /api/health                         | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/openapi.json                   | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/docs                           | -     | 404  | 404   | 404  | 404  | 404      | 404  | 404  | 404        | 404
POST   /api/auth/login                     | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/auth/logout                    | self  | 401  | 204   | 204  | 204  | 204      | 204  | 204  | 204        | 204
GET    /api/auth/me                        | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/invitations                    | A     | 401  | 201   | 403  | 404  | 201      | 403  | 403  | 403        | 404
POST   /api/invitations                    | B     | 401  | 201   | 404  | 404  | 404      | 404  | 404  | 403        | 201
GET    /api/invitations/options            | -     | 401  | 200   | 403  | 403  | 200      | 403  | 403  | 403        | 200
GET    /api/invitations/:token             | A     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/invitations/:token/accept      | new   | 201  | 201   | 201  | 201  | 201      | 201  | 201  | 201        | 201
POST   /api/invitations/:token/accept      | ib-A  | 401  | 403   | 403  | 403  | 403      | 201  | 403  | 403        | 403
POST   /api/tokens                         | self  | 401  | 201   | 201  | 201  | 201      | 201  | 201  | 201        | 201
GET    /api/tokens                         | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
DELETE /api/tokens/:id                     | own   | 401  | 204   | 204  | 204  | 204      | 204  | 204  | 204        | 204
DELETE /api/tokens/:id                     | other | 401  | 404   | 404  | 404  | 404      | 404  | 404  | 404        | 404
POST   /api/organisations                  | -     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
GET    /api/organisations                  | -     | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
PATCH  /api/organisations/:id              | A     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
GET    /api/organisations/:id/members      | A     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/memberships                    | A     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/memberships                    | B     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
DELETE /api/memberships/:id                | A     | 401  | 204   | 403  | 403  | 403      | 403  | 403  | 403        | 403
DELETE /api/memberships/:id                | B     | 401  | 204   | 403  | 403  | 403      | 403  | 403  | 403        | 403
GET    /api/types                          | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/types                          | -     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
GET    /api/types/:id                      | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/types/:id/diagram              | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/types/:id/docs                 | -     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/admin/types                    | -     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/type-drafts                    | -     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/type-drafts/import             | -     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
GET    /api/type-drafts/:typeId            | -     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
PUT    /api/type-drafts/:typeId            | -     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
DELETE /api/type-drafts/:typeId            | -     | 401  | 204   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/type-drafts/:typeId/publish    | -     | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/trajectories                   | A     | 401  | 201   | 201  | 404  | 201      | 201  | 201  | 201        | 404
POST   /api/trajectories                   | B     | 401  | 201   | 404  | 404  | 404      | 404  | 404  | 201        | 201
POST   /api/trajectories                   | C     | 401  | 201   | 404  | 201  | 404      | 404  | 404  | 404        | 404
GET    /api/trajectories                   | -     | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/trajectories/:id               | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/trajectories/:id               | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
GET    /api/trajectories/:id               | C     | 401  | 200   | 404  | 200  | 404      | 404  | 404  | 404        | 404
PUT    /api/trajectories/:id/drafts/:form  | A     | 401  | 403   | 403  | 404  | 403      | 200  | 403  | 403        | 404
PUT    /api/trajectories/:id/drafts/:form  | B     | 401  | 403   | 404  | 404  | 404      | 404  | 404  | 403        | 403
POST   /api/trajectories/:id/events        | A     | 401  | 422   | 422  | 404  | 422      | 201  | 422  | 422        | 404
POST   /api/trajectories/:id/events        | B     | 401  | 422   | 404  | 404  | 404      | 404  | 404  | 422        | 422
GET    /api/trajectories/:id/events        | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/trajectories/:id/events        | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
POST   /api/trajectories/:id/flags/:flagId/acknowledge | A | 401 | 200 | 200 | 404 | 403   | 403  | 403  | 403        | 404
POST   /api/trajectories/:id/flags/:flagId/acknowledge | B | 401 | 200 | 404 | 404 | 404   | 404  | 404  | 403        | 403
GET    /api/trajectories/:id/diagram       | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/trajectories/:id/diagram       | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
GET    /api/trajectories/:id/meetings      | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/trajectories/:id/meetings      | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
GET    /api/trajectories/:id/meetings/:meeting     | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/trajectories/:id/signoffs      | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
POST   /api/trajectories/:id/signoffs      | A     | 401  | 403   | 403  | 404  | 201      | 403  | 403  | 403        | 404
POST   /api/trajectories/:id/signoffs/paper | A    | 401  | 403   | 403  | 404  | 201      | 403  | 403  | 403        | 404
POST   /api/trajectories/:id/signoffs/:signoffId/revoke | A | 401 | 403 | 403 | 404 | 200 | 403  | 403  | 403        | 404
GET    /api/signoffs/:token                | A     | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/signoffs/:token                | new   | 201  | 201   | 201  | 201  | 201      | 201  | 201  | 201        | 201
GET    /api/me/calendar-feed               | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/me/calendar-feed               | self  | 401  | 201   | 201  | 201  | 201      | 201  | 201  | 201        | 201
DELETE /api/me/calendar-feed               | self  | 401  | 204   | 204  | 204  | 204      | 204  | 204  | 204        | 204
GET    /api/calendar/:file                 | own   | 200  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/calendar/:file                 | gone  | 404  | 404   | 404  | 404  | 404      | 404  | 404  | 404        | 404
GET    /api/organisations/:id/calendar-days | R    | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 200        | 403
POST   /api/organisations/:id/calendar-days | R    | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 201        | 403
POST   /api/organisations/:id/calendar-days | P    | 401  | 201   | 403  | 403  | 403      | 403  | 403  | 403        | 403
DELETE /api/organisations/:id/calendar-days/:dayId | R | 401 | 204 | 403 | 403  | 403      | 403  | 403  | 204        | 403
GET    /api/overview                       | -     | 401  | 200   | 200  | 200  | 403      | 403  | 403  | 403        | 403
GET    /api/overview/diagram               | -     | 401  | 200   | 200  | 200  | 403      | 403  | 403  | 403        | 403
GET    /api/overview/all                   | -     | 401  | 200   | 200  | 200  | 403      | 403  | 403  | 403        | 403
GET    /api/schools/:id/audit              | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/schools/:id/audit              | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
GET    /api/schools/:id/audit              | C     | 401  | 200   | 404  | 200  | 404      | 404  | 404  | 404        | 404
GET    /api/schools/:id/start-options      | A     | 401  | 200   | 200  | 404  | 200      | 200  | 200  | 200        | 404
GET    /api/schools/:id/start-options      | B     | 401  | 200   | 404  | 404  | 404      | 404  | 404  | 200        | 200
GET    /api/schools/:id/start-options      | C     | 401  | 200   | 404  | 200  | 404      | 404  | 404  | 404        | 404
GET    /api/groups                         | -     | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/groups                         | -     | 401  | 201   | 201  | 201  | 403      | 403  | 403  | 403        | 403
GET    /api/groups/:id                     | G     | 401  | 200   | 200  | 404  | 404      | 404  | 404  | 404        | 404
POST   /api/groups/:id/members             | G     | 401  | 201   | 201  | 404  | 404      | 404  | 404  | 404        | 404
DELETE /api/groups/:id/members/:trajectoryId | G   | 401  | 204   | 204  | 404  | 404      | 404  | 404  | 404        | 404
POST   /api/groups/:id/meetings            | G     | 401  | 201   | 201  | 404  | 404      | 404  | 404  | 404        | 404
GET    /api/groups/:id/diagram.svg         | G     | 401  | 200   | 200  | 404  | 404      | 404  | 404  | 404        | 404
GET    /api/inbox                          | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/inbox/count                    | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/inbox/:id/read                 | own   | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
POST   /api/inbox/:id/read                 | other | 401  | 404   | 404  | 404  | 404      | 404  | 404  | 404        | 404
POST   /api/inbox/read-all                 | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/me/settings                    | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
PUT    /api/me/settings                    | self  | 401  | 200   | 200  | 200  | 200      | 200  | 200  | 200        | 200
GET    /api/admin/mails                    | -     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
POST   /api/admin/mails/:id/retry          | -     | 401  | 200   | 403  | 403  | 403      | 403  | 403  | 403        | 403
`;

interface Row { request: string; on: string; expected: Record<Role, number> }

function parseTable(text: string): Row[] {
  const [head, ...lines] = text.trim().split('\n').map((l) => l.split('|').map((c) => c.trim()));
  expect(head!.slice(2)).toEqual([...ROLES]);
  return lines.map((cells) => ({
    request: cells[0]!.replace(/\s+/g, ' '), on: cells[1]!,
    expected: Object.fromEntries(ROLES.map((role, i) => [role, Number(cells[i + 2])])) as Record<Role, number>,
  }));
}

/** A request to make, by an agent other than the role's shared one when it must start afresh. */
interface Call { method: string; path: string; body?: unknown; agent?: Agent }

type School = 'A' | 'B' | 'C';

await forEachDatabase('authorisation matrix', matrixWorld, (w) => {
  const agents = {} as Record<Role, Agent>;
  const shared = {} as Record<School, string>;
  let n = 0;
  const unique = () => `${++n}`;

  const startAsAdmin = async (school: School): Promise<string> => {
    return (await answer(agents.admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: w.schools[school].id } }), 201)).id;
  };
  const invitation = async (email: string, school: School, role: string) => {
    const token = randomBytes(32).toString('base64url');
    await w.store.invitations.create({
      tokenHash: sha256(token), email, organisationId: w.schools[school].id, role, invitedBy: w.people.admin.id,
      expiresAt: new Date(w.clock.now().getTime() + 86_400_000), now: w.clock.now(),
    });
    return token;
  };
  const apiToken = async (userId: string) => (await w.store.apiTokens.create({ userId, name: `script ${unique()}`, tokenHash: sha256(randomBytes(32).toString('base64url')), expiresAt: new Date('2100-01-01') })).id;
  /** A fresh sign-off link on school A's shared trajectory, made in the store: its token. */
  const signoffLink = async () => {
    const token = randomBytes(32).toString('base64url');
    await w.store.signoffs.request({ trajectoryId: shared.A, key: 'ouders', name: 'Ouder', role: 'ouder', email: null, tokenHash: sha256(token), expiresAt: new Date(w.clock.now().getTime() + 86_400_000), by: w.people.admin.id, now: w.clock.now() });
    return token;
  };
  const someone = async () => w.store.users.create({ email: `iemand-${unique()}@koers.nl`, name: 'Iemand' });
  /** A lint-clean draft of a new type, made in the store, for the draft routes to act on. */
  const draft = async () => {
    const typeId = `matrix-concept-${unique()}`;
    await w.store.typeDrafts.create({ typeId, basedOn: null, definition: skeleton(typeId, { nl: 'Concept', en: 'Draft' }), forms: [], at: w.clock.now(), by: null });
    return typeId;
  };
  const userOf = (role: Role) => w.people[role === 'anon' ? 'admin' : role];
  let days = 0;
  /** A date no studiedag has yet. */
  const nextDay = () => new Date(Date.UTC(2030, 0, 1 + ++days)).toISOString().slice(0, 10);
  const bestuurOf = (on: string) => (on === 'R' ? w.bestuur.id : w.polderwijs.id);
  /** A trajectory at school A whose plan names a meeting (for the .ics of one meeting). */
  let planned = '';
  /** A notification in this user's inbox, from an effect on school A's shared trajectory. */
  const notification = async (userId: string) => {
    const effect = await w.store.effects.add({ trajectoryId: shared.A, effect: { type: 'notify', roles: [], message: { nl: 'Test', en: 'Test' } }, at: w.clock.now() });
    return (await w.store.notifications.add({ userId, trajectoryId: shared.A, schoolId: w.schools.A.id, kind: 'notify', step: null, title: { nl: 'Test', en: 'Test' }, body: null, effectId: effect.id, at: w.clock.now() }))!.id;
  };
  /** A mail that gave up after its last attempt. */
  const deadMail = async () => {
    const mail = (await w.store.mails.add({ userId: w.people.admin.id, to: 'x@koers.nl', lang: 'nl', subject: 'S', text: 'T', html: 'H', status: 'pending', source: `test:${unique()}`, at: w.clock.now() }))!;
    await w.store.mails.markFailed(mail.id, 'weigering', true);
    return mail.id;
  };

  /** A group of matrix-groep led by pb-A (and a trajectory at school A in its join step), made in the store. */
  let sharedGroup = '';
  const groupToPlace = async () => {
    const created = await w.store.groups.create({ typeId: 'matrix-groep', name: `Groep ${unique()}`, programmeYear: '2025-2026', createdBy: null, leadUserIds: [w.people['pb-A'].id], at: w.clock.now() });
    if (created.kind !== 'created') throw new Error(created.kind);
    const trajectoryId = (await answer(agents.admin.api.trajectories.$post({ json: { typeId: 'matrix-groep', schoolId: w.schools.A.id } }), 201)).id;
    return { group: created.group.id, trajectoryId };
  };

  /** How to make each request of the table, for a role and what it is about. */
  const CALLS: Record<string, (role: Role, on: string) => Promise<Call>> = {
    'GET /api/health': async () => ({ method: 'GET', path: '/api/health' }),
    'GET /api/openapi.json': async () => ({ method: 'GET', path: '/api/openapi.json' }),
    // This app serves no web app: the same 404 (where the document is) for everyone; with it, a redirect for everyone.
    'GET /api/docs': async () => ({ method: 'GET', path: '/api/docs' }),
    'POST /api/auth/login': async (role) => ({
      method: 'POST', path: '/api/auth/login', agent: await w.signIn('anon'),
      body: { email: role === 'anon' ? 'niemand@koers.nl' : w.people[role].email, password: 'geheim-wachtwoord-1' },
    }),
    'POST /api/auth/logout': async (role) => ({ method: 'POST', path: '/api/auth/logout', agent: await w.signIn(role) }),
    'GET /api/auth/me': async () => ({ method: 'GET', path: '/api/auth/me' }),
    'POST /api/invitations': async (_, on) => ({ method: 'POST', path: '/api/invitations', body: { email: `nieuw-${unique()}@school.nl`, role: 'ib', organisationId: w.schools[on as School].id } }),
    'GET /api/invitations/options': async () => ({ method: 'GET', path: '/api/invitations/options' }),
    'GET /api/invitations/:token': async () => ({ method: 'GET', path: `/api/invitations/${await invitation(`gast-${unique()}@school.nl`, 'A', 'ib')}` }),
    'POST /api/invitations/:token/accept': async (role, on) => {
      const token = on === 'new' ? await invitation(`nieuw-${unique()}@school.nl`, 'A', 'werkgroep') : await invitation(w.people['ib-A'].email, 'A', 'leerkracht');
      return { method: 'POST', path: `/api/invitations/${token}/accept`, agent: await w.signIn(role), body: on === 'new' ? { name: 'Nieuwe Collega', password: 'een-lang-wachtwoord' } : {} };
    },
    'POST /api/tokens': async () => ({ method: 'POST', path: '/api/tokens', body: { name: `script ${unique()}` } }),
    'GET /api/tokens': async () => ({ method: 'GET', path: '/api/tokens' }),
    'DELETE /api/tokens/:id': async (role, on) => {
      const owner = on === 'own' ? userOf(role) : role === 'ib-A' ? w.people.admin : w.people['ib-A'];
      return { method: 'DELETE', path: `/api/tokens/${await apiToken(owner.id)}` };
    },
    'POST /api/organisations': async () => ({ method: 'POST', path: '/api/organisations', body: { kind: 'school', name: `Nieuwe school ${unique()}`, parentId: w.bestuur.id } }),
    'GET /api/organisations': async () => ({ method: 'GET', path: '/api/organisations' }),
    'PATCH /api/organisations/:id': async (_, on) => ({ method: 'PATCH', path: `/api/organisations/${w.schools[on as School].id}`, body: { region: 'midden' } }),
    'GET /api/organisations/:id/members': async (_, on) => ({ method: 'GET', path: `/api/organisations/${w.schools[on as School].id}/members` }),
    'POST /api/memberships': async (_, on) => ({ method: 'POST', path: '/api/memberships', body: { userId: (await someone()).id, organisationId: w.schools[on as School].id, role: 'werkgroep' } }),
    'DELETE /api/memberships/:id': async (_, on) => {
      const { membership } = await w.store.memberships.add({ userId: (await someone()).id, organisationId: w.schools[on as School].id, role: 'werkgroep' });
      return { method: 'DELETE', path: `/api/memberships/${membership.id}` };
    },
    'GET /api/types': async () => ({ method: 'GET', path: '/api/types' }),
    'POST /api/types': async () => {
      const { definition, forms } = await answer(agents.admin.api.types[':id'].$get({ param: { id: 'matrix' }, query: { version: '1' } }));
      return { method: 'POST', path: '/api/types', body: { definition: { ...definition, version: 100 + n++ }, forms } };
    },
    'GET /api/types/:id': async () => ({ method: 'GET', path: '/api/types/matrix' }),
    'GET /api/types/:id/diagram': async () => ({ method: 'GET', path: '/api/types/matrix/diagram?format=svg' }),
    'GET /api/types/:id/docs': async () => ({ method: 'GET', path: '/api/types/matrix/docs' }),
    'GET /api/admin/types': async () => ({ method: 'GET', path: '/api/admin/types' }),
    'POST /api/type-drafts': async () => ({ method: 'POST', path: '/api/type-drafts', body: { typeId: `matrix-nieuw-${unique()}`, title: { nl: 'Nieuw', en: 'New' } } }),
    'POST /api/type-drafts/import': async () => {
      const { definition, forms } = await answer(agents.admin.api.types[':id'].$get({ param: { id: 'matrix' }, query: { version: '1' } }));
      return { method: 'POST', path: '/api/type-drafts/import', body: { definition: { ...definition, id: `matrix-import-${unique()}` }, forms } };
    },
    'GET /api/type-drafts/:typeId': async () => ({ method: 'GET', path: `/api/type-drafts/${await draft()}` }),
    'PUT /api/type-drafts/:typeId': async () => {
      const typeId = await draft();
      return { method: 'PUT', path: `/api/type-drafts/${typeId}`, body: { revision: 1, definition: { id: typeId, werk: 'in uitvoering' }, forms: [] } };
    },
    'DELETE /api/type-drafts/:typeId': async () => ({ method: 'DELETE', path: `/api/type-drafts/${await draft()}` }),
    'POST /api/type-drafts/:typeId/publish': async () => ({ method: 'POST', path: `/api/type-drafts/${await draft()}/publish`, body: { revision: 1, note: 'Eerste versie' } }),
    'POST /api/trajectories': async (_, on) => ({ method: 'POST', path: '/api/trajectories', body: { typeId: 'matrix', schoolId: w.schools[on as School].id } }),
    'GET /api/trajectories': async () => ({ method: 'GET', path: '/api/trajectories' }),
    'GET /api/trajectories/:id': async (_, on) => ({ method: 'GET', path: `/api/trajectories/${shared[on as School]}` }),
    'GET /api/trajectories/:id/diagram': async (_, on) => ({ method: 'GET', path: `/api/trajectories/${shared[on as School]}/diagram?format=svg` }),
    'PUT /api/trajectories/:id/drafts/:form': async (_, on) => ({ method: 'PUT', path: `/api/trajectories/${shared[on as School]}/drafts/matrix-plan`, body: { data: { doel: `Concept ${unique()}` } } }),
    'POST /api/trajectories/:id/events': async (_, on) => ({
      method: 'POST', path: `/api/trajectories/${await startAsAdmin(on as School)}/events`, body: { type: 'PLAN_INDIENEN', expectedVersion: 1, data: { doel: 'Iedereen leest op niveau.' } },
    }),
    // A fresh trajectory with an open flag (as a group meeting's attendance raises one), acknowledged with a note.
    'POST /api/trajectories/:id/flags/:flagId/acknowledge': async (_, on) => {
      const id = await startAsAdmin(on as School);
      const result = await w.store.connection.db.execute(sql`insert into flags (trajectory_id, source, code, message, raised_at)
        values (${id}::uuid, 'attendance', 'bijeenkomst', ${JSON.stringify({ nl: 'Te weinig aanwezig', en: 'Too few present' })}::jsonb, now()) returning id`);
      const flagId = ('rows' in result ? result.rows : [...result])[0]!.id as string;
      return { method: 'POST', path: `/api/trajectories/${id}/flags/${flagId}/acknowledge`, body: { note: 'Gezien' } };
    },
    'GET /api/trajectories/:id/events': async (_, on) => ({ method: 'GET', path: `/api/trajectories/${shared[on as School]}/events` }),
    'GET /api/trajectories/:id/meetings': async (_, on) => ({ method: 'GET', path: `/api/trajectories/${shared[on as School]}/meetings` }),
    'GET /api/trajectories/:id/meetings/:meeting': async () => ({ method: 'GET', path: `/api/trajectories/${planned}/meetings/1~matrix-plan~bespreking.ics` }),
    'GET /api/trajectories/:id/signoffs': async (_, on) => ({ method: 'GET', path: `/api/trajectories/${shared[on as School]}/signoffs` }),
    'POST /api/trajectories/:id/signoffs': async (_, on) => ({
      method: 'POST', path: `/api/trajectories/${shared[on as School]}/signoffs`, body: { key: 'ouders', name: `Ouder ${unique()}`, role: 'ouder' },
    }),
    'POST /api/trajectories/:id/signoffs/paper': async (_, on) => ({
      method: 'POST', path: `/api/trajectories/${shared[on as School]}/signoffs/paper`, body: { key: 'ouders', name: `Ouder ${unique()}`, role: 'ouder', signedOn: '2025-01-02' },
    }),
    'POST /api/trajectories/:id/signoffs/:signoffId/revoke': async (_, on) => {
      const id = shared[on as School];
      const s = await w.store.signoffs.request({ trajectoryId: id, key: 'ouders', name: 'Ouder', role: 'ouder', email: null, tokenHash: sha256(randomBytes(32).toString('base64url')), expiresAt: new Date(w.clock.now().getTime() + 86_400_000), by: w.people.admin.id, now: w.clock.now() });
      return { method: 'POST', path: `/api/trajectories/${id}/signoffs/${s.id}/revoke` };
    },
    'GET /api/signoffs/:token': async () => ({ method: 'GET', path: `/api/signoffs/${await signoffLink()}` }),
    'POST /api/signoffs/:token': async () => ({ method: 'POST', path: `/api/signoffs/${await signoffLink()}`, body: { name: 'Een ouder' } }),
    'GET /api/me/calendar-feed': async () => ({ method: 'GET', path: '/api/me/calendar-feed' }),
    'POST /api/me/calendar-feed': async () => ({ method: 'POST', path: '/api/me/calendar-feed' }),
    'DELETE /api/me/calendar-feed': async (role) => {
      if (role !== 'anon') await w.store.calendarFeeds.replace(userOf(role).id, sha256(randomBytes(32).toString('base64url')), w.clock.now());
      return { method: 'DELETE', path: '/api/me/calendar-feed' };
    },
    'GET /api/calendar/:file': async (role, on) => {
      const secret = randomBytes(32).toString('base64url');
      await w.store.calendarFeeds.replace(userOf(role).id, sha256(secret), w.clock.now());
      if (on === 'gone') await w.store.calendarFeeds.revoke(userOf(role).id, w.clock.now());
      return { method: 'GET', path: `/api/calendar/${secret}.ics`, agent: await w.signIn('anon') };
    },
    'GET /api/organisations/:id/calendar-days': async (_, on) => ({ method: 'GET', path: `/api/organisations/${bestuurOf(on)}/calendar-days` }),
    'POST /api/organisations/:id/calendar-days': async (_, on) => ({
      method: 'POST', path: `/api/organisations/${bestuurOf(on)}/calendar-days`, body: { date: nextDay(), title: `Studiedag ${unique()}` },
    }),
    'DELETE /api/organisations/:id/calendar-days/:dayId': async (_, on) => {
      const day = await w.store.calendarDays.add({ organisationId: bestuurOf(on), date: nextDay(), title: 'Studiedag', by: null, now: w.clock.now() });
      return { method: 'DELETE', path: `/api/organisations/${bestuurOf(on)}/calendar-days/${day!.id}` };
    },
    'GET /api/overview': async () => ({ method: 'GET', path: '/api/overview?typeId=matrix' }),
    'GET /api/overview/diagram': async () => ({ method: 'GET', path: '/api/overview/diagram?typeId=matrix&format=svg' }),
    'GET /api/overview/all': async () => ({ method: 'GET', path: '/api/overview/all' }),
    'GET /api/schools/:id/audit': async (_, on) => ({ method: 'GET', path: `/api/schools/${w.schools[on as School].id}/audit` }),
    'GET /api/schools/:id/start-options': async (_, on) => ({ method: 'GET', path: `/api/schools/${w.schools[on as School].id}/start-options` }),
    'GET /api/groups': async () => ({ method: 'GET', path: '/api/groups' }),
    'POST /api/groups': async () => ({ method: 'POST', path: '/api/groups', body: { typeId: 'matrix-groep', name: `Groep ${unique()}`, programmeYear: '2025-2026' } }),
    'GET /api/groups/:id': async () => ({ method: 'GET', path: `/api/groups/${sharedGroup}` }),
    'POST /api/groups/:id/members': async () => {
      const { group, trajectoryId } = await groupToPlace();
      return { method: 'POST', path: `/api/groups/${group}/members`, body: { trajectoryId } };
    },
    'DELETE /api/groups/:id/members/:trajectoryId': async () => {
      const { group, trajectoryId } = await groupToPlace();
      await w.store.groups.addMember({ groupId: group, trajectoryId, schoolId: w.schools.A.id, by: null, at: w.clock.now(), join: async () => true });
      return { method: 'DELETE', path: `/api/groups/${group}/members/${trajectoryId}` };
    },
    'POST /api/groups/:id/meetings': async () => ({ method: 'POST', path: `/api/groups/${sharedGroup}/meetings`, body: { kind: 'bijeenkomst', heldOn: nextDay(), attendance: [] } }),
    'GET /api/groups/:id/diagram.svg': async () => ({ method: 'GET', path: `/api/groups/${sharedGroup}/diagram.svg` }),
    'GET /api/inbox': async () => ({ method: 'GET', path: '/api/inbox' }),
    'GET /api/inbox/count': async () => ({ method: 'GET', path: '/api/inbox/count' }),
    'POST /api/inbox/:id/read': async (role, on) => {
      const owner = on === 'own' ? userOf(role) : role === 'ib-A' ? w.people.admin : w.people['ib-A'];
      return { method: 'POST', path: `/api/inbox/${await notification(owner.id)}/read` };
    },
    'POST /api/inbox/read-all': async () => ({ method: 'POST', path: '/api/inbox/read-all' }),
    'GET /api/me/settings': async () => ({ method: 'GET', path: '/api/me/settings' }),
    'PUT /api/me/settings': async () => ({ method: 'PUT', path: '/api/me/settings', body: { lang: 'nl', mail: 'digest' } }),
    'GET /api/admin/mails': async () => ({ method: 'GET', path: '/api/admin/mails?status=dead' }),
    'POST /api/admin/mails/:id/retry': async () => ({ method: 'POST', path: `/api/admin/mails/${await deadMail()}/retry` }),
  };

  beforeAll(async () => {
    for (const role of ROLES) agents[role] = await w.signIn(role);
    for (const school of ['A', 'B', 'C'] as const) shared[school] = await startAsAdmin(school);
    planned = await startAsAdmin('A');
    sharedGroup = (await groupToPlace()).group;
    await answer(agents['ib-A'].api.trajectories[':id'].events.$post({ param: { id: planned }, json: { type: 'PLAN_INDIENEN', expectedVersion: 1, data: { doel: 'Lezen', bespreking: '2026-10-06' } } }), 201);
  });

  it('notices a changed row in its fingerprint of the tables', async () => {
    const before = await w.fingerprint();
    await w.store.audit.append({ at: w.clock.now(), actorId: null, action: 'test.fingerprint' });
    const after = await w.fingerprint();
    expect(Object.keys(after).filter((t) => after[t] !== before[t])).toEqual(['audit_log']);
  });

  it('covers every route the app has', () => {
    const inTable = new Set(parseTable(TABLE).map((r) => r.request.replace(':form', ':formId')));
    const routes = w.app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => !inTable.has(r))).toEqual([]);
    expect(Object.keys(CALLS).sort()).toEqual([...new Set(parseTable(TABLE).map((r) => r.request))].sort());
  });

  for (const row of parseTable(TABLE)) {
    it(`${row.request} (${row.on}): ${ROLES.map((r) => `${r} ${row.expected[r]}`).join(', ')}`, async () => {
      const actual = {} as Record<Role, number>;
      const changedRows: string[] = [];
      const refusals: string[] = [];
      for (const role of ROLES) {
        const call = await CALLS[row.request]!(role, row.on);
        const before = await w.fingerprint();
        const res = await (call.agent ?? agents[role]).request(call.method, call.path, call.body);
        actual[role] = res.status;
        if (res.status >= 400) {
          const error = await errorOf(res);
          if (!error.message.nl || !error.message.en) refusals.push(`${role}: no message`);
          if (res.status === 422) refusals.push(`${role}: ${error.reason ?? error.code}`);
        }
        if (call.method === 'GET' || res.status >= 400) {
          const after = await w.fingerprint();
          for (const table of Object.keys(after)) if (after[table] !== before[table]) changedRows.push(`${role} (${res.status}) changed ${table}`);
        }
      }
      expect(actual).toEqual(row.expected);
      expect(changedRows).toEqual([]);
      // The only 422 in the matrix is the engine refusing an event the caller's roles may not send.
      expect(refusals.filter((r) => !r.endsWith(': role-forbidden'))).toEqual([]);
    });
  }

  it('lists to each person only the trajectories, organisations and overview rows (of a type and across every type) of the schools they may see', async () => {
    const names = { [w.schools.A.id]: 'A', [w.schools.B.id]: 'B', [w.schools.C.id]: 'C' };
    const seen: Record<string, string> = {};
    for (const role of ROLES.filter((r) => r !== 'anon')) {
      const list = await answer(agents[role].api.trajectories.$get({ query: { limit: '500' } }));
      const orgs = await answer(agents[role].api.organisations.$get());
      const overview = await agents[role].api.overview.$get({ query: { typeId: 'matrix' } });
      const schools = overview.status === 200 ? (await overview.json()).schools.map((s) => names[s.school.id]) : ['-'];
      // The first screen across every type: a row per school, only the schools the coach may see.
      const all = await agents[role].api.overview.all.$get({ query: {} });
      const rows = all.status === 200 ? (await all.json()).schools.map((s) => names[s.school.id] ?? '+') : ['-'];
      const set = (ids: Array<string | undefined>) => [...new Set(ids)].sort().join('');
      seen[role] = `trajectories ${set(list.map((t) => names[t.school.id]))} | schools ${set(orgs.filter((o) => o.kind === 'school').map((o) => names[o.id] ?? '+'))} | overview ${set(schools)} | all ${set(rows)}`;
    }
    expect(seen).toEqual({
      admin: 'trajectories ABC | schools +ABC | overview ABC | all ABC',
      'pb-A': 'trajectories A | schools A | overview A | all A',
      'pb-C': 'trajectories C | schools C | overview C | all C',
      'leider-A': 'trajectories A | schools A | overview - | all -',
      'ib-A': 'trajectories A | schools A | overview - | all -',
      'wg-A': 'trajectories A | schools A | overview - | all -',
      // The schools the admin created under Rivierland in the matrix (+) belong to the bestuurder too.
      bestuurder: 'trajectories AB | schools +AB | overview - | all -',
      'leider-B': 'trajectories B | schools B | overview - | all -',
    });
  });
});
