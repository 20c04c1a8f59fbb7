import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, Uuid, described, named } from '../http/schema';
import { StepRef } from './common';

/** The sign-off routes' contract (issue 13): requests and answers, declared once. */

const Key = Type.String({ minLength: 1, maxLength: 80, pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Een sleutel uit meta.signoff van de huidige stap.' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Naam van wie tekent.' });
const Role = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'Rol in woorden: ouder, leerling, lid van de MR.' });
const LocalDate = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'Een datum, JJJJ-MM-DD.' });

export const SignoffRequestBody = Type.Object({
  key: Key, name: Name, role: Role,
  email: Type.Optional(described(Type.String({ format: 'email', maxLength: 254 }), 'Dan gaat de link ook per mail (via de mail-outbox).')),
}, { additionalProperties: false });

export const PaperSignoffBody = Type.Object({
  key: Key, name: Name, role: Role, signedOn: described(LocalDate, 'De datum op het papier; niet in de toekomst.'),
}, { additionalProperties: false });

export const SignBody = Type.Object({ name: described(Name, 'Uw naam, getypt als handtekening.') }, { additionalProperties: false });

const Status = Type.Union([Type.Literal('requested'), Type.Literal('signed'), Type.Literal('revoked'), Type.Literal('expired')], {
  description: 'requested: de link wacht; signed: getekend (link of papier); revoked: ingetrokken; expired: link verlopen.',
});

export const SignoffEntry = named('Signoff', Type.Object({
  id: Uuid, key: Type.String(), title: Localized, step: Type.Optional(StepRef),
  name: Type.String(), role: Type.String(),
  email: Type.Optional(described(Type.String(), 'Alleen voor wie de ondertekening mag aanvragen.')),
  method: Type.Union([Type.Literal('link'), Type.Literal('paper')]), status: Status,
  requestedAt: DateTime, requestedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  expiresAt: Nullable(DateTime), signedAt: Nullable(DateTime), signedOn: Nullable(Type.String()), revokedAt: Nullable(DateTime),
  mayRevoke: Type.Boolean(),
}));

export const CreatedSignoff = named('CreatedSignoff', Type.Object({
  signoff: SignoffEntry,
  token: Type.String({ description: 'Het geheime token: alleen in dit antwoord; de server bewaart alleen de SHA-256.' }),
  path: Type.String({ description: 'De link in de app: /#/tekenen/{token}.' }),
}));

/** What a current step asks to be signed, for its "Ondertekening" panel. */
export const StepSignoff = named('StepSignoff', Type.Object({
  key: Type.String(), step: Type.String(), title: Localized, description: Type.Optional(Localized), signers: Type.Optional(Localized),
  mayRequest: Type.Boolean({ description: 'De rollen van de vrager mogen aanvragen, op papier vastleggen en intrekken.' }),
}));

export const PublicSignoff = named('PublicSignoff', Type.Object({
  type: Type.Object({ title: Localized }), school: Type.Object({ name: Type.String() }), label: Type.Optional(Type.String()),
  step: Type.Object({ path: Type.String(), title: Localized, instructions: Type.Optional(Localized) }),
  signoff: Type.Object({ key: Type.String(), title: Localized, description: Type.Optional(Localized), signers: Type.Optional(Localized) }),
  name: Type.String(), role: Type.String(), requestedBy: Nullable(Type.String()), expiresAt: DateTime, title: Type.String(),
}, { description: 'Wat de ondertekenaar te zien krijgt: geen antwoorden uit formulieren.' }));

export const Signed = named('Signed', Type.Object({ name: Type.String(), signedAt: DateTime }));
