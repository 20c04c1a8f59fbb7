import { type Answer, answer, api } from './client';

/** A published trajectory type as GET /api/types lists it (its newest version). */
export type TypeRow = Answer<typeof api.types.$get>[number];

export const listTypes = () => answer(api.types.$get());
