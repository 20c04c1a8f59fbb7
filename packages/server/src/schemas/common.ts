import { Type } from '@sinclair/typebox';
import { Localized, Nullable, named } from '../http/schema';

/** Shapes several route families answer with: references by id with a title, people, budgets. */

export const StepRef = named('StepRef', Type.Object({ path: Type.String({ description: 'Pad van de stap in de definitie (bijv. uitvoering.voortgang).' }), title: Localized }));
export const RoleRef = named('RoleRef', Type.Object({ id: Type.String(), title: Localized }));
export const FormRef = named('FormRef', Type.Object({ id: Type.String(), title: Localized }));
export const Person = named('Person', Type.Object({
  id: Type.String(), name: Nullable(Type.String()),
  system: Type.Optional(Type.Literal(true, { description: 'Door het systeem zelf gedaan (een timer): id `system`, naam "Systeem / System".' })),
}, { description: 'Wie het deed (naam null als het account geen naam heeft).' }));

export const ContextSummary = named('ContextSummary', Type.Object({
  budgets: Type.Array(Type.Object({ id: Type.String(), title: Localized, unit: Localized, limit: Type.Number(), used: Type.Number() })),
  counters: Type.Array(Type.Object({ id: Type.String(), title: Localized, value: Type.Number(), max: Type.Optional(Type.Number()) })),
  dates: Type.Array(Type.Object({ key: Type.String(), title: Localized, value: Type.String() })),
  period: Type.Integer({ minimum: 1, description: 'De lopende periode (1 tenzij de soort nieuwe periodes start).' }),
}, { description: 'Budgetten, tellers en datums van het traject, met titels uit de definitie.' }));
