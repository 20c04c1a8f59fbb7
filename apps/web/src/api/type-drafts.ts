import type { JsonObject, Problem } from '@koers/engine';
import { ApiFailure, type Answer, answer, api, path } from './client';

/** Every type the admin manages: its versions (who, when, note, trajectories on it) and its draft. */
export type AdminTypeRow = Answer<typeof api.admin.types.$get>[number];
/** A draft as the server holds it: definition, forms, revision, who saved it last and when. */
export type TypeDraft = Answer<(typeof api)['type-drafts'][':typeId']['$get']>;
/** What a save answers: the new revision. */
export type DraftSaved = Answer<(typeof api)['type-drafts'][':typeId']['$put']>;
export type NewDraft = Parameters<(typeof api)['type-drafts']['$post']>[0]['json'];

export const listAdminTypes = () => answer(api.admin.types.$get());
export const getDraft = (typeId: string) => answer(api['type-drafts'][':typeId'].$get({ param: path({ typeId }) }));
export const createDraft = (body: NewDraft) => answer(api['type-drafts'].$post({ json: body }));
export const saveDraft = (typeId: string, body: { revision: number; definition: JsonObject; forms: JsonObject[] }) =>
  answer(api['type-drafts'][':typeId'].$put({ param: path({ typeId }), json: body }));
export const discardDraft = (typeId: string) => answer(api['type-drafts'][':typeId'].$delete({ param: path({ typeId }) }));
export const publishDraft = (typeId: string, body: { revision: number; note: string }) =>
  answer(api['type-drafts'][':typeId'].publish.$post({ param: path({ typeId }), json: body }));
export const importBundle = (bundle: { definition: JsonObject; forms?: JsonObject[] }, replace: boolean) =>
  answer(api['type-drafts'].import.$post({ json: bundle, query: replace ? { replace: 'true' } : {} }));

/** The address that downloads a published version as one bundle (`<id>-v<n>.json`). */
export const exportHref = (typeId: string, version?: number) =>
  `/api/types/${encodeURIComponent(typeId)}?${version ? `version=${version}&` : ''}download=true`;

/** The draft as it is now on the server, from a 409 on a save or publish (null: it was discarded or published). */
export function currentDraftOf(error: unknown): TypeDraft | null | undefined {
  if (!(error instanceof ApiFailure) || error.status !== 409) return undefined;
  const details = error.error.details as { current?: TypeDraft | null } | undefined;
  return details?.current ?? null;
}

/** The lint problems of a 422 (publish or import), each with its file and pointer (fieldErrors carry them). */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiFailure) || error.status !== 422) return [];
  return (error.error.fieldErrors ?? []).map((e) => {
    const located = e as typeof e & { file?: string; pointer?: string; code?: string };
    if (typeof located.file === 'string' && typeof located.pointer === 'string') {
      return { file: located.file, pointer: located.pointer, code: located.code ?? 'invalid', message: e.message };
    }
    // A body error without a file: its path is `/definition/...` or `/forms/<i>/...`.
    const match = /^\/(definition|forms\/\d+)(\/.*)?$/.exec(e.path);
    return { file: match?.[1] ?? 'definition', pointer: match?.[2] ?? '', code: e.keyword ?? 'invalid', message: e.message };
  });
}

/** A published version as one bundle (definition + forms), for the diff before publishing; undefined for a new type. */
export async function getPublishedBundle(typeId: string): Promise<{ definition: JsonObject; forms: JsonObject[] } | undefined> {
  try {
    const bundle = await answer(api.types[':id'].$get({ param: path({ id: typeId }), query: {} }));
    return bundle as unknown as { definition: JsonObject; forms: JsonObject[] };
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return undefined;
    throw error;
  }
}
