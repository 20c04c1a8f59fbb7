import { Type } from '@sinclair/typebox';
import { DEFAULT_LIMITS, DEFINITION_MAX_DEPTH, type FormDefinition, type TrajectoryDefinition } from '@koers/engine';
import { AnyObject, DateTime, Localized, Nullable, TypeId, Version, described, named } from '../http/schema';

/**
 * The trajectory-type routes' contract: publishing a version (the body and how large it may be) and the
 * answers listing, showing and publishing types.
 */

/**
 * A definition may be as large (2 MB) and nest as deeply here as in a file; the envelope adds two levels (`{ forms: [ form ] }`).
 * Each part is then checked against DEFINITION_MAX_DEPTH itself, with its own pointer.
 */
export const PUBLISH_LIMITS = { maxLength: DEFAULT_LIMITS.maxLength, maxDepth: DEFINITION_MAX_DEPTH + 2 };

/** A bundle to publish: the engine validates and lints each part (422 with pointers into this body). */
export const PublishTypeBody = Type.Object({
  definition: described(AnyObject, 'De workflow: het trajectdefinitieformaat (docs/definition-format.md).'),
  forms: Type.Optional(Type.Array(AnyObject, { maxItems: 200, description: 'De formulieren die de workflow gebruikt.' })),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'Korte wijzigingsnotitie, bewaard bij de versie (optioneel).' })),
}, { additionalProperties: false });

/** The newest version of a type, with every version published. */
export const TypeSummary = named('TypeSummary', Type.Object({
  id: TypeId,
  version: described(Version, 'De nieuwste versie.'),
  title: Localized,
  description: Localized,
  roles: Type.Array(Type.String(), { description: 'De rollen die de soort declareert (ids).' }),
  roleTitles: Type.Record(Type.String(), Localized, { description: 'De naam van elke rol zoals de soort hem declareert (roles.<id>.title).' }),
  versions: Type.Array(Version, { description: 'Alle gepubliceerde versienummers van de soort.' }),
  publishedAt: described(DateTime, 'Wanneer de nieuwste versie is gepubliceerd.'),
  note: Nullable(Type.String({ description: 'De wijzigingsnotitie van de nieuwste versie; null zonder.' })),
  groupTitle: Nullable(described(Localized, 'Hoe de soort een groep (cohort) noemt ("Schoolontwikkelingsgroep"); null als de soort zonder groepen werkt.')),
}));

export const PublishedType = named('PublishedType', Type.Object({
  id: TypeId, version: Version, title: Localized,
  forms: Type.Array(Type.String(), { description: 'De ids van de formulieren die deze versie gebruikt, in volgorde.' }),
}, { description: 'De gepubliceerde versie.' }));

/** A published version as the engine runs it: the definition and the forms its steps use. */
export const TypeBundle = named('TypeBundle', Type.Object({
  definition: Type.Unsafe<TrajectoryDefinition>({ type: 'object', description: 'De definitie (het trajectdefinitieformaat, docs/definition-format.md).' }),
  forms: Type.Array(Type.Unsafe<FormDefinition>({ type: 'object', description: 'Een formulier: id, titel, JSON Schema, UI-schema en vertalingen.' })),
}));
