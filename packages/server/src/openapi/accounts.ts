import { LoginBody } from '../routes/auth';
import { AcceptBody, InviteBody } from '../routes/invitations';
import { MembershipBody } from '../routes/memberships';
import { OrganisationBody } from '../routes/organisations';
import { TokenBody } from '../routes/tokens';
import { type OpenApiPart, errors, json, pathParam, ref } from './common';

// The request schemas are the ones the routes validate with: one source for both.
const body = (validate: { schema: unknown }) => ({ required: true, content: { 'application/json': { schema: validate.schema } } });
const noContent = (description: string) => ({ description });
const csrf = 'Met een sessiecookie vraagt elk schrijfverzoek de kop X-CSRF-Token (uit login of /api/auth/me); zonder: 403.';

/** Accounts: sign in and out, who am I, invitations, API tokens, organisations and memberships. */
export const accountsPart: OpenApiPart = {
  schemas: {
    User: {
      type: 'object', required: ['id', 'email', 'name', 'isAdmin'],
      properties: { id: { type: 'string', format: 'uuid' }, email: { type: 'string' }, name: { type: 'string' }, isAdmin: { type: 'boolean' } },
    },
    Membership: {
      type: 'object', description: 'Een rol op een school of bestuur, eventueel voor één traject.',
      properties: {
        id: { type: 'string', format: 'uuid' }, userId: { type: 'string', format: 'uuid' }, organisationId: { type: 'string', format: 'uuid' },
        role: { type: 'string' }, trajectoryId: { type: ['string', 'null'] },
      },
    },
    Organisation: {
      type: 'object', required: ['id', 'kind', 'name'],
      properties: {
        id: { type: 'string', format: 'uuid' }, kind: { enum: ['bestuur', 'school'] }, name: { type: 'string' },
        parentId: { type: ['string', 'null'], description: 'Het bestuur van een school.' }, brin: { type: ['string', 'null'] },
      },
    },
    Can: {
      type: 'object', required: ['overview', 'invite'], additionalProperties: false,
      description: 'Wat deze gebruiker mag, zodat de app alleen de passende links toont; elke route beslist zelf opnieuw.',
      properties: {
        overview: { type: 'boolean', description: 'Het overzicht van de scholen zien (procesbegeleiders, casemanagers, beheerders).' },
        invite: { type: 'boolean', description: 'Iemand uitnodigen (beheerders, schoolleider of directie van een hele school).' },
      },
    },
    Session: {
      type: 'object', required: ['user', 'memberships', 'csrfToken'],
      properties: {
        user: ref('User'), memberships: { type: 'array', items: ref('Membership') }, can: ref('Can'),
        csrfToken: { type: ['string', 'null'] }, expiresAt: { type: ['string', 'null'] },
      },
    },
    InvitationOption: {
      type: 'object', required: ['organisationId', 'name', 'kind', 'roles'],
      properties: {
        organisationId: { type: 'string', format: 'uuid' }, name: { type: 'string' }, kind: { enum: ['bestuur', 'school'] },
        roles: { type: 'array', items: { type: 'string' }, description: 'De rollen uit de gepubliceerde trajectsoorten die u hier mag toekennen.' },
      },
    },
  },
  paths: {
    '/api/auth/login': {
      post: {
        tags: ['accounts'], summary: 'Inloggen / sign in', security: [],
        description: 'E-mail en wachtwoord. Zet de httpOnly-cookie koers_session (SameSite=Lax) en geeft het CSRF-token voor schrijfverzoeken. Na 5 mislukte pogingen wacht een account 2^(n-5) seconden (hoogstens 15 minuten), en een adres dat op 10 verschillende accounts faalde wacht voor accounts die er niet eerder inlogden: 429 met Retry-After. notice meldt mislukte pogingen sinds de vorige aanmelding.',
        requestBody: body(LoginBody),
        responses: { 200: json('Ingelogd.', ref('Session')), ...errors(400, 401, 413, 422, 429) },
      },
    },
    '/api/auth/logout': {
      post: {
        tags: ['accounts'], summary: 'Uitloggen / sign out', description: `Beëindigt de browsersessie (een API-token trek je in met DELETE /api/tokens/{id}). ${csrf}`,
        responses: { 204: noContent('Uitgelogd; de cookie is gewist.'), ...errors(400, 401, 403) },
      },
    },
    '/api/auth/me': {
      get: {
        tags: ['accounts'], summary: 'Wie ben ik / who am I',
        responses: { 200: json('De ingelogde gebruiker, rollen, wat hij mag (can), hoe ingelogd (session of token) en het CSRF-token.', ref('Session')), ...errors(401) },
      },
    },
    '/api/invitations': {
      post: {
        tags: ['accounts'], summary: 'Iemand uitnodigen / invite someone',
        description: `Beheerders overal, met elke rol; een schoolleider of directie alleen op de eigen school en alleen voor schoolrollen. Het token staat alleen in dit antwoord (de link /uitnodiging/{token}). ${csrf}`,
        requestBody: body(InviteBody),
        responses: { 201: json('De uitnodiging met token en link.'), ...errors(400, 401, 403, 404, 413, 422) },
      },
    },
    '/api/invitations/options': {
      get: {
        tags: ['accounts'], summary: 'Waarvoor u mag uitnodigen / what you may invite to',
        description: 'De organisaties waar u iemand mag uitnodigen (besturen eerst, dan op naam), elk met de rollen die u daar mag toekennen. Wie nergens mag uitnodigen: 403.',
        responses: { 200: json('Organisaties met rollen.', { type: 'array', items: ref('InvitationOption') }), ...errors(401, 403) },
      },
    },
    '/api/invitations/{token}': {
      get: {
        tags: ['accounts'], summary: 'Een uitnodiging bekijken / look at an invitation', security: [],
        parameters: [pathParam('token', 'Het token uit de link')],
        responses: { 200: json('{ email, name, role, expiresAt, existingAccount, invitedBy: { name } | null, organisation }'), ...errors(404) },
      },
    },
    '/api/invitations/{token}/accept': {
      post: {
        tags: ['accounts'], summary: 'Een uitnodiging accepteren / accept an invitation', security: [],
        description: 'Nieuw account: naam en wachtwoord (minstens 10 tekens), daarna ingelogd. Bestaand account: eerst inloggen als dat adres.',
        parameters: [pathParam('token', 'Het token uit de link')], requestBody: body(AcceptBody),
        responses: { 201: json('Het account met zijn rollen.', ref('Session')), ...errors(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    '/api/tokens': {
      post: {
        tags: ['accounts'], summary: 'API-token maken / create an API token',
        description: `Alleen vanuit een browsersessie (een token maakt geen tokens). Het geheim staat alleen in dit antwoord; gebruik het als Authorization: Bearer koers_…. Elk token verloopt: expiresInDays (1-730, standaard 365); daarna 401. ${csrf}`,
        requestBody: body(TokenBody),
        responses: { 201: json('{ id, name, createdAt, expiresAt, token }'), ...errors(400, 401, 403, 413, 422) },
      },
      get: {
        tags: ['accounts'], summary: 'Mijn API-tokens / my API tokens',
        responses: { 200: json('Zonder geheimen; elk met expiresAt, lastUsedAt en revokedAt.', { type: 'array', items: { type: 'object' } }), ...errors(401) },
      },
    },
    '/api/tokens/{id}': {
      delete: {
        tags: ['accounts'], summary: 'API-token intrekken / revoke an API token', parameters: [pathParam('id', 'Token-id', { type: 'string', format: 'uuid' })],
        responses: { 204: noContent('Ingetrokken.'), ...errors(401, 403, 404) },
      },
    },
    '/api/organisations': {
      post: {
        tags: ['accounts'], summary: 'Bestuur of school aanmaken / create a bestuur or school', description: `Alleen beheerders. ${csrf}`,
        requestBody: body(OrganisationBody),
        responses: { 201: json('De organisatie.', ref('Organisation')), ...errors(400, 401, 403, 413, 422) },
      },
      get: {
        tags: ['accounts'], summary: 'Organisaties die u mag zien / organisations you may see',
        responses: { 200: json('Beheerders: alle; anderen: hun scholen en besturen (met de scholen eronder).', { type: 'array', items: ref('Organisation') }), ...errors(401) },
      },
    },
    '/api/memberships': {
      post: {
        tags: ['accounts'], summary: 'Rol toekennen / grant a role',
        description: `Alleen beheerders: een rol voor een gebruiker (userId of email) op een of meer organisaties, bijvoorbeeld een procesbegeleider op de scholen die zij begeleidt. ${csrf}`,
        requestBody: body(MembershipBody),
        responses: { 201: json('{ memberships: [...] } met created per organisatie.'), ...errors(400, 401, 403, 413, 422) },
      },
    },
    '/api/memberships/{id}': {
      delete: {
        tags: ['accounts'], summary: 'Rol intrekken / revoke a role', description: 'Alleen beheerders.',
        parameters: [pathParam('id', 'Lidmaatschap-id', { type: 'string', format: 'uuid' })],
        responses: { 204: noContent('Ingetrokken.'), ...errors(401, 403, 404) },
      },
    },
  },
};
