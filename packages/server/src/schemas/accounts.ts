import { type Static, Type } from '@sinclair/typebox';
import { ROLE_ID_PATTERN } from '@koers/engine';
import { DateTime, Localized, Nullable, Uuid, described, named } from '../http/schema';
import { ROLE_DESCRIPTION } from '../grantable';

/**
 * The account routes' contract (sign in, invitations, API tokens, organisations, memberships): request bodies
 * (validated by Ajv with Dutch messages per field) and answers, each declared once here.
 * Unknown request fields are refused everywhere (`additionalProperties: false`).
 */

/** How long an API token may last, in whole days (two years). */
export const MAX_TOKEN_DAYS = 730;

const Kind = Type.Unsafe<'bestuur' | 'school'>({ enum: ['bestuur', 'school'] });
/** Where a membership hangs: a bestuur, a school, or a group (only for one group trajectory: `trajectoryId`). */
const PlaceKind = Type.Unsafe<'bestuur' | 'school' | 'group'>({ enum: ['bestuur', 'school', 'group'] });
/** A school's holiday region (the school calendar's summer holiday differs per region). */
const Region = Type.Unsafe<'noord' | 'midden' | 'zuid'>({ enum: ['noord', 'midden', 'zuid'], description: 'Vakantieregio van de school: noord, midden of zuid.' });
/** The Dutch BRIN code of a school: two digits and two capitals (a branch adds two digits). */
const Brin = Type.String({ pattern: '^[0-9]{2}[A-Z]{2}([0-9]{2})?$', description: 'BRIN-code (bijvoorbeeld 12AB of 12AB01).' });
const Role = Type.String({ pattern: ROLE_ID_PATTERN, description: ROLE_DESCRIPTION });
const Email = Type.String({ format: 'email', maxLength: 254 });
/** A name that is more than white space. */
const Name = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

// ---- Request bodies -------------------------------------------------------------------------------

export const LoginBody = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false });

export const InviteBody = Type.Object({
  email: Email,
  role: Role,
  organisationId: Uuid,
  trajectoryId: Type.Optional(described(Uuid, 'Alleen voor dit traject (van deze school of dit bestuur): de uitgenodigde ziet dan alleen dat traject. De soort moet de rol per traject toestaan (heldAt met trajectory), anders 422.')),
  name: Type.Optional(Type.String({ maxLength: 200, description: 'Hoe de uitnodiging de ontvanger aanspreekt (mag leeg).' })),
}, { additionalProperties: false });

export const AcceptBody = Type.Object({
  name: Type.Optional(described(Name(200), 'Nieuw account: uw naam.')),
  password: Type.Optional(Type.String({ minLength: 10, maxLength: 200, description: 'Nieuw account: een wachtwoord van minstens 10 tekens.' })),
}, { additionalProperties: false, description: 'Leeg voor wie al een account heeft (en als dat adres is ingelogd).' });
export type AcceptBody = Static<typeof AcceptBody>;

export const TokenBody = Type.Object({
  name: described(Name(100), 'Waarvoor het token is (bijvoorbeeld het script).'),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_TOKEN_DAYS, description: 'Na hoeveel dagen het token verloopt (standaard 365).' })),
}, { additionalProperties: false });

export const OrganisationBody = Type.Object({
  kind: Kind,
  name: Name(200),
  parentId: Type.Optional(described(Uuid, 'Voor een school: haar bestuur.')),
  brin: Type.Optional(Brin),
  region: Type.Optional(described(Region, 'Alleen voor een school (anders 422 bij /region).')),
}, { additionalProperties: false });

export const OrganisationPatch = Type.Object({
  name: Type.Optional(Name(200)),
  brin: Type.Optional(Nullable(Brin)),
  region: Type.Optional(described(Nullable(Region), 'Alleen voor een school (anders 422 bij /region); null wist haar.')),
}, { additionalProperties: false, minProperties: 1, description: 'Wat verandert; wat ontbreekt blijft zoals het is, null wist een BRIN-code of regio.' });

export const MembershipBody = Type.Object({
  userId: Type.Optional(Uuid),
  email: Type.Optional(Email),
  organisationId: Type.Optional(Uuid),
  organisationIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 500, uniqueItems: true })),
  role: Role,
  trajectoryId: Type.Optional(described(Uuid, 'Alleen voor dit traject (op zijn school of bestuur).')),
}, { additionalProperties: false, description: 'Eén van userId en email, en één van organisationId en organisationIds.' });
export type MembershipBody = Static<typeof MembershipBody>;

// ---- Answers --------------------------------------------------------------------------------------

/** A user as the API shows them: never the password hash (so no other field is allowed). */
export const User = named('User', Type.Object({
  id: Uuid, email: Type.String(), name: Type.String(), isAdmin: Type.Boolean(),
}, { additionalProperties: false }));

/** A role the signed-in user holds, with the organisation it is at. */
export const UserMembership = named('UserMembership', Type.Object({
  id: Uuid, organisationId: Uuid, organisationName: Type.String(), organisationKind: PlaceKind,
  parentId: Nullable(Uuid), role: Type.String(), trajectoryId: Nullable(Uuid),
}, { description: 'Een rol op een school of bestuur, eventueel voor één traject, met de naam van die organisatie (en het bestuur boven een school: parentId).' }));

export const Can = named('Can', Type.Object({
  overview: Type.Boolean({ description: 'Het overzicht van de scholen zien (procesbegeleiders, casemanagers, beheerders).' }),
  invite: Type.Boolean({ description: 'Iemand uitnodigen (beheerders, schoolleider of directie van een hele school).' }),
}, { additionalProperties: false, description: 'Wat deze gebruiker mag, zodat de app alleen de passende links toont; elke route beslist zelf opnieuw.' }));

const Notice = Nullable(Type.Object({
  failedAttempts: Type.Integer({ minimum: 1 }), message: Localized,
}, { description: 'Mislukte inlogpogingen op dit account sinds de vorige aanmelding; null als er geen waren.' }));

const SIGNED_IN = {
  user: User,
  memberships: Type.Array(UserMembership),
  can: Can,
  csrfToken: Nullable(Type.String({ description: 'Stuur mee als X-CSRF-Token bij elk schrijfverzoek met de sessiecookie; null bij een API-token.' })),
};

export const Session = named('Session', Type.Object({
  ...SIGNED_IN, csrfToken: Type.String({ description: 'Stuur mee als X-CSRF-Token bij elk schrijfverzoek.' }),
  expiresAt: described(DateTime, 'Wanneer de sessie verloopt.'), notice: Notice,
}));

export const Me = named('Me', Type.Object({
  ...SIGNED_IN,
  via: Type.Unsafe<'session' | 'token'>({ enum: ['session', 'token'], description: 'Hoe ingelogd: browsersessie of API-token.' }),
  expiresAt: Nullable(described(DateTime, 'Wanneer de sessie verloopt; null bij een API-token.')),
  notice: Notice,
}));

export const Accepted = named('AcceptedInvitation', Type.Object(SIGNED_IN, {
  description: 'Het account met zijn rollen; een nieuw account is meteen ingelogd (csrfToken van de nieuwe sessie).',
}));

export const InvitationOption = named('InvitationOption', Type.Object({
  organisationId: Uuid, name: Type.String(), kind: Kind,
  roles: Type.Array(Type.String(), { description: 'De rollen uit de gepubliceerde trajectsoorten die u hier mag toekennen.' }),
}));

export const CreatedInvitation = named('CreatedInvitation', Type.Object({
  id: Uuid, email: Type.String(), name: Type.String(), role: Type.String(), organisationId: Uuid, expiresAt: DateTime,
  trajectoryId: Nullable(described(Uuid, 'Alleen voor dit traject; null voor de hele organisatie.')),
  token: Type.String({ description: 'Het geheim van de link: alleen in dit antwoord, de server bewaart alleen de hash.' }),
  path: Type.String({ description: 'De link voor de ontvanger: /uitnodiging/{token}.' }),
}));

export const InvitationView = named('InvitationView', Type.Object({
  email: Type.String(), name: Type.String(), role: Type.String(), expiresAt: DateTime,
  existingAccount: Type.Boolean({ description: 'Er is al een account met dit adres: eerst inloggen, dan accepteren.' }),
  invitedBy: Nullable(Type.Object({ name: Type.String() }, { description: 'Wie uitnodigde; null als dat account niet meer bestaat.' })),
  organisation: Type.Object({ id: Uuid, name: Type.String(), kind: PlaceKind }),
  trajectoryId: Nullable(described(Uuid, 'Alleen voor dit traject; null voor de hele organisatie.')),
}));

export const ApiToken = named('ApiToken', Type.Object({
  id: Uuid, userId: Uuid, name: Type.String(), createdAt: DateTime,
  lastUsedAt: Nullable(DateTime), revokedAt: Nullable(DateTime),
  expiresAt: Nullable(described(DateTime, 'Wanneer het token verloopt; null alleen bij tokens van voordat tokens verliepen.')),
}, { description: 'Een API-token zonder zijn geheim.' }));

export const CreatedToken = named('CreatedToken', Type.Object({
  ...ApiToken.properties,
  token: Type.String({ description: 'Het geheim (koers_…): alleen in dit antwoord; gebruik het als Authorization: Bearer.' }),
}));

export const Organisation = named('Organisation', Type.Object({
  id: Uuid, kind: Kind, name: Type.String(),
  parentId: Nullable(described(Uuid, 'Het bestuur van een school.')), brin: Nullable(Type.String()),
  region: Nullable(Region), createdAt: DateTime,
}));

/** Someone with a role at an organisation, as the admin's member list shows them. */
export const Member = named('Member', Type.Object({
  id: described(Uuid, 'Het lidmaatschap (om het in te trekken: DELETE /api/memberships/{id}).'),
  userId: Uuid, email: Type.String(), name: Type.String(), role: Type.String(),
  trajectoryId: Nullable(described(Uuid, 'Alleen voor dit traject.')), createdAt: DateTime,
}, { additionalProperties: false }));

/** A role given to a user at an organisation, and whether this request gave it. */
export const GrantedMembership = named('GrantedMembership', Type.Object({
  id: Uuid, userId: Uuid, organisationId: Uuid, role: Type.String(), trajectoryId: Nullable(Uuid), createdAt: DateTime,
  created: Type.Boolean({ description: 'false: deze rol had de gebruiker daar al (er is niets veranderd).' }),
}, { description: 'Een rol op een school of bestuur, eventueel voor één traject.' }));

export const GrantedMemberships = Type.Object({
  memberships: Type.Array(GrantedMembership, { description: 'Per organisatie, in de volgorde van het verzoek.' }),
});
