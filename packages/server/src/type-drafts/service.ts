import { type JsonObject, type Localized, checkBundle } from '@koers/engine';
import type { Store, TypeDraft } from '@koers/store';
import type { Clock, Viewer } from '../context';
import { NotFound, Unprocessable, VersionConflict } from '../errors';
import { invalidBundle } from '../bundle-problems';
import type { TypeRegistry } from '../registry';
import { copyAsType } from './copy';
import { skeleton } from './skeleton';
import { withVersion } from './versioned';

/** What the draft services work with. */
export interface DraftDeps {
  store: Store;
  registry: TypeRegistry;
  clock: Clock;
}

/** A draft as the API shows it: its content, revision and who saved it last. */
export const draftView = (d: TypeDraft) => ({
  typeId: d.typeId, basedOn: d.basedOn, revision: d.revision, definition: d.definition as JsonObject,
  forms: d.forms as JsonObject[], createdAt: d.createdAt, updatedAt: d.updatedAt, updatedBy: d.updatedBy,
});

/** The 409 when someone else saved (or published or discarded) the draft first: `current` is the draft as it is now. */
export function staleDraft(typeId: string, current: TypeDraft | undefined): VersionConflict {
  return new VersionConflict(current
    ? { nl: `Iemand anders heeft het concept "${typeId}" intussen opgeslagen (revisie ${current.revision}). Kies welke versie u houdt.`, en: `Someone else saved the draft "${typeId}" meanwhile (revision ${current.revision}). Choose which version to keep.` }
    : { nl: `Het concept "${typeId}" is intussen gepubliceerd of weggegooid.`, en: `The draft "${typeId}" was published or discarded meanwhile.` },
  '/revision', { current: current ? draftView(current) : null });
}

/** Who writes a draft: a signed-in admin, or no one in particular (the CLI on the database itself). */
export type DraftActor = Pick<Viewer, 'name'> & { userId: string | null };

/** A draft the actor just wrote, named after them (the store's answer to a write names no one). */
const byViewer = (draft: TypeDraft, actor: DraftActor): TypeDraft =>
  ({ ...draft, updatedBy: actor.userId === null ? null : { id: actor.userId, name: actor.name } });

export const noDraft = (typeId: string) =>
  new NotFound({ nl: `Er is geen concept van trajectsoort "${typeId}".`, en: `There is no draft of trajectory type "${typeId}".` }, '/typeId');

const draftExists = (current: TypeDraft) => new VersionConflict({
  nl: `Er is al een concept van "${current.typeId}" (revisie ${current.revision}); open dat, of gooi het eerst weg.`,
  en: `There already is a draft of "${current.typeId}" (revision ${current.revision}); open it, or discard it first.`,
}, '/typeId', { current: draftView(current) });

const invalid = (path: string, message: Localized) =>
  new Unprocessable({ nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not every field is filled in correctly.' }, [{ path, message }], path);

/**
 * Starts a draft: for a new type id a lint-clean skeleton (needs `title`), or a copy of a published version, as that
 * type's next version (same id) or as a new type (another id: forms renamed, see copyAsType). 409 when the type has a
 * draft; 422 for an id already published (unless copying that type itself); 404 for an unknown `from`.
 */
export async function createDraft(deps: DraftDeps, viewer: Viewer, body: { typeId: string; title?: Localized; from?: { typeId: string; version?: number } }) {
  const { typeId, title, from } = body;
  const existing = await deps.store.typeDrafts.get(typeId);
  if (existing) throw draftExists(existing);
  const published = await deps.store.typeVersions.get(typeId);
  if (published && from?.typeId !== typeId) {
    throw invalid('/typeId', { nl: `trajectsoort "${typeId}" bestaat al; kies een andere id, of kopieer "${typeId}" zelf voor een nieuwe versie`, en: `trajectory type "${typeId}" exists; choose another id, or copy "${typeId}" itself for a new version` });
  }
  let content: { definition: unknown; forms: unknown[] };
  let basedOn: number | null = null;
  if (!from) {
    if (!title) throw invalid('/title', { nl: 'geef de nieuwe soort een titel', en: 'give the new type a title' });
    content = { definition: skeleton(typeId, title), forms: [] };
  } else {
    const source = await deps.store.typeVersions.get(from.typeId, from.version);
    if (!source) {
      const which = from.version === undefined ? from.typeId : `${from.typeId} versie ${from.version}`;
      throw new NotFound({ nl: `Trajectsoort "${which}" bestaat niet.`, en: `Trajectory type "${which}" does not exist.` }, '/from');
    }
    if (from.typeId === typeId) {
      basedOn = source.version;
      const definition = withVersion(source.definition, (published?.version ?? source.version) + 1);
      content = { definition: title ? { ...definition, title } : definition, forms: source.forms };
    } else {
      const taken = new Set((await deps.store.typeVersions.formIds()));
      content = copyAsType(source, typeId, title, taken);
    }
  }
  const written = await deps.store.typeDrafts.create({ typeId, basedOn, ...content, at: deps.clock.now(), by: viewer.userId });
  if (written.kind === 'conflict') throw draftExists(written.current!);
  await deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'type-draft.create', detail: { typeId, from: from ?? null } });
  return byViewer(written.draft, viewer);
}

/**
 * Imports a bundle (as POST /api/types takes it) as the draft of its type. It must be lint-clean: a broken or hostile
 * bundle is refused with every problem at its place and nothing changes. 409 when the type has a draft, unless `replace`.
 */
export async function importDraft(deps: DraftDeps, viewer: DraftActor, bundle: { definition: unknown; forms: unknown[] }, replace: boolean) {
  const result = checkBundle(bundle.definition, bundle.forms);
  if (!result.definition) throw invalidBundle(result.problems);
  const typeId = result.definition.definition.id;
  const basedOn = (await deps.store.typeVersions.get(typeId))?.version ?? null;
  const input = { typeId, basedOn, definition: bundle.definition, forms: bundle.forms, at: deps.clock.now(), by: viewer.userId };
  let draft: TypeDraft;
  if (replace) draft = await deps.store.typeDrafts.replace(input);
  else {
    const written = await deps.store.typeDrafts.create(input);
    if (written.kind === 'conflict') throw draftExists(written.current!);
    draft = written.draft;
  }
  await deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'type-draft.import', detail: { typeId, replace } });
  return byViewer(draft, viewer);
}

/**
 * Publishes the draft at `revision`: 404 without a draft, 409 when it moved on, 422 with every lint problem; else the
 * next version, with the audit entry `type.publish` (type, version, note) in the same transaction.
 */
export async function publishDraft(deps: DraftDeps, viewer: Viewer, typeId: string, body: { revision: number; note: string }) {
  const note = body.note.trim();
  const draft = await deps.store.typeDrafts.get(typeId);
  if (!draft) throw noDraft(typeId);
  if (draft.revision !== body.revision) throw staleDraft(typeId, draft);
  const outcome = await deps.registry.publishDraft(draft, note, viewer.userId, (tx, version) =>
    deps.store.audit.append({ at: deps.clock.now(), actorId: viewer.userId, action: 'type.publish', detail: { typeId, version, note } }, tx));
  switch (outcome.kind) {
    case 'invalid': throw invalidBundle(outcome.problems);
    case 'conflict': throw staleDraft(typeId, outcome.current);
    case 'version-taken': throw new VersionConflict({
      nl: `Versie ${outcome.version} van "${typeId}" is zojuist op een andere manier gepubliceerd; probeer het opnieuw.`,
      en: `Version ${outcome.version} of "${typeId}" was just published another way; try again.`,
    }, '/revision', { current: draftView(draft) });
    case 'published': return outcome.definition;
  }
}
