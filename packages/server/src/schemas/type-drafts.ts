import { Type } from '@sinclair/typebox';
import { AnyObject, DateTime, Localized, Nullable, TypeId, Version, described, named } from '../http/schema';
import { Person } from './common';

/**
 * The admin's contract for trajectory types being built: drafts (create, save with a revision, discard, publish,
 * import) and the overview of every type with its versions and draft.
 */

/** A title typed by an admin: both languages, not empty, one line's worth. */
const Title = Type.Object({
  nl: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false, description: 'De titel: Nederlands en Engels.' });

export const NewDraftBody = Type.Object({
  typeId: described(TypeId, 'De id van de soort (kleine letters, cijfers en -). Een nieuwe id, of die van een gepubliceerde soort met `from` van dezelfde soort (de volgende versie).'),
  title: Type.Optional(Title),
  from: Type.Optional(Type.Object({
    typeId: TypeId,
    version: Type.Optional(described(Version, 'Zonder: de nieuwste.')),
  }, { additionalProperties: false, description: 'Kopieer deze gepubliceerde versie.' })),
}, { additionalProperties: false });

/** A draft's definition and forms: any JSON objects (work in progress need not be lint-clean). */
export const DraftContent = {
  definition: described(AnyObject, 'De workflow in bewerking (het trajectdefinitieformaat; hoeft nog niet te kloppen).'),
  forms: Type.Array(AnyObject, { maxItems: 200, description: 'De formulieren in bewerking.' }),
};

export const SaveDraftBody = Type.Object({
  revision: described(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), 'De revisie waarvan deze bewerking uitging (uit de laatste GET of PUT).'),
  ...DraftContent,
}, { additionalProperties: false });

export const PublishDraftBody = Type.Object({
  revision: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  note: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'Korte wijzigingsnotitie (1 tot 500 tekens), bewaard bij de versie.' }),
}, { additionalProperties: false });

export const TypeDraftView = named('TypeDraft', Type.Object({
  typeId: TypeId,
  basedOn: Nullable(described(Version, 'De gepubliceerde versie waarop het concept is gebaseerd; null voor een nieuwe soort.')),
  revision: Type.Integer({ minimum: 1, description: 'Gaat per opslag één omhoog; stuur hem mee bij opslaan en publiceren.' }),
  ...DraftContent,
  createdAt: DateTime,
  updatedAt: DateTime,
  updatedBy: Nullable(Person),
}, { description: 'Een concept-trajectsoort: de definitie en formulieren zoals laatst opgeslagen.' }));

export const DraftSaved = named('DraftSaved', Type.Object({
  revision: Type.Integer({ minimum: 1 }), updatedAt: DateTime, updatedBy: Nullable(Person),
}, { description: 'Opgeslagen: de nieuwe revisie.' }));

const VersionRow = Type.Object({
  version: Version,
  publishedAt: DateTime,
  publishedBy: Nullable(Person),
  note: Nullable(Type.String()),
  trajectories: Type.Object({ active: Type.Integer({ minimum: 0 }), done: Type.Integer({ minimum: 0 }) }, { description: 'Hoeveel trajecten op deze versie lopen en klaar zijn.' }),
});

export const AdminType = named('AdminType', Type.Object({
  id: TypeId,
  title: described(Localized, 'De titel van de nieuwste versie, anders die van het concept, anders de id.'),
  versions: Type.Array(VersionRow, { description: 'Elke gepubliceerde versie, oudste eerst.' }),
  draft: Nullable(Type.Object({
    revision: Type.Integer({ minimum: 1 }),
    basedOn: Nullable(Version),
    updatedAt: DateTime,
    updatedBy: Nullable(Person),
    title: Nullable(described(Localized, 'De titel in het concept; null als die (nog) geen nl/en-tekst is.')),
  }, { description: 'Het concept, als er een is.' })),
}, { description: 'Een trajectsoort in het beheer: gepubliceerd, alleen als concept, of beide.' }));
