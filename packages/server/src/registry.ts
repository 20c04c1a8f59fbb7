import {
  type CompiledDefinition, type CompiledForm, type FormDefinition, type Problem, DefinitionError, checkBundle,
} from '@koers/engine';
import type { DraftPublish, Executor, Store, TypeVersionSummary } from '@koers/store';
import type { Catalogue } from './catalogue';
import { NotFound } from './errors';
import { Recent } from './recent';
import { withVersion } from './type-drafts/versioned';

/** What publishing a bundle did: problems (nothing written), an existing version, or the new version. */
export type PublishOutcome =
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'exists'; typeId: string; version: number }
  | { kind: 'published'; definition: CompiledDefinition };

/** What publishing a draft did: lint problems (nothing written), the store's conflict, or the new version. */
export type DraftPublishOutcome =
  | { kind: 'invalid'; problems: Problem[] }
  | Exclude<DraftPublish, { kind: 'published' }>
  | { kind: 'published'; definition: CompiledDefinition };

/** The forms a definition uses: those its steps show and those its events carry, in step order, then its group meetings' forms. */
export function bundleForms(def: CompiledDefinition): CompiledForm[] {
  const ids = new Set<string>();
  for (const info of def.index.states.values()) {
    for (const id of info.config.meta?.forms ?? []) ids.add(id);
    for (const spec of Object.values(info.config.meta?.events ?? {})) if (spec.form) ids.add(spec.form);
  }
  // The forms of the type's shared group meetings (recorded once for a group, not by a step).
  for (const meeting of Object.values(def.definition.groups?.meetings ?? {})) if (meeting.form) ids.add(meeting.form);
  return [...ids].map((id) => def.forms.get(id)).filter((f): f is CompiledForm => f !== undefined);
}

/** How many compiled type versions the registry keeps by default. */
export const MAX_COMPILED = 32;

/**
 * The published trajectory types, backed by the store. A (type, version) is compiled (machine, form
 * validators) when first needed and kept while it is among the `maxCompiled` most recently used:
 * published versions never change, so one dropped is compiled again when asked for, and memory stays
 * bounded however many versions are published. The shipped types are published on first use when the
 * database does not have them yet.
 * @example const pd = await registry.get('pd-schoolontwikkeling', 1);
 */
export function createRegistry(store: Store, options: { shipped?: Catalogue; now: () => Date; maxCompiled?: number }) {
  const compiled = new Recent<string, Promise<CompiledDefinition>>(options.maxCompiled ?? MAX_COMPILED);
  let ready: Promise<void> | undefined;

  const ensureShipped = () => (ready ??= (async () => {
    for (const def of options.shipped?.definitions ?? []) {
      const { id, version } = def.definition;
      if (await store.typeVersions.get(id, version)) continue;
      await store.typeVersions.publish({
        typeId: id, version, definition: def.definition, forms: bundleForms(def).map((f) => f.definition), at: options.now(),
      });
    }
  })().catch((error: unknown) => {
    ready = undefined;
    throw error;
  }));

  const notFound = (typeId: string, version?: number, path = '/typeId') => {
    const which = version === undefined ? typeId : `${typeId} versie ${version}`;
    return new NotFound({ nl: `Trajectsoort "${which}" bestaat niet.`, en: `Trajectory type "${which}" does not exist.` }, path);
  };

  async function load(typeId: string, version: number, path: string): Promise<CompiledDefinition> {
    const stored = await store.typeVersions.get(typeId, version);
    if (!stored) throw notFound(typeId, version, path);
    const result = checkBundle(stored.definition, stored.forms);
    // Stored versions were checked when published; failing now means the engine changed underneath them.
    if (!result.definition) throw new DefinitionError(result.problems);
    return result.definition;
  }

  const registry = {
    /**
     * A published version, compiled; the newest of the type without `version`. NotFound (at `path`, the
     * request field that named the type) otherwise.
     */
    async get(typeId: string, version?: number, path = '/typeId'): Promise<CompiledDefinition> {
      await ensureShipped();
      let v = version;
      if (v === undefined) {
        v = (await store.typeVersions.get(typeId))?.version;
        if (v === undefined) throw notFound(typeId, undefined, path);
      }
      const key = `${typeId}@${v}`;
      let entry = compiled.get(key);
      if (!entry) {
        const loading = load(typeId, v, path);
        entry = loading;
        // A failed load is not cached: the next request tries again.
        loading.catch(() => {
          if (compiled.get(key) === loading) compiled.delete(key);
        });
      }
      compiled.set(key, entry);
      return entry;
    },

    /** Every published version (definitions without forms), by type and version. */
    async list(): Promise<TypeVersionSummary[]> {
      await ensureShipped();
      return store.typeVersions.list();
    },

    /** Validates, lints and publishes a bundle; a version once published is never replaced. */
    async publish(input: { definition: unknown; forms: readonly unknown[]; note?: string }, by: string | null): Promise<PublishOutcome> {
      await ensureShipped();
      const result = checkBundle(input.definition, input.forms);
      if (!result.definition) return { kind: 'invalid', problems: result.problems };
      const { id, version } = result.definition.definition;
      const written = await store.typeVersions.publish({
        typeId: id, version, definition: input.definition, forms: input.forms as FormDefinition[], publishedBy: by, note: input.note ?? null, at: options.now(),
      });
      if (written.kind === 'exists') return { kind: 'exists', typeId: id, version };
      compiled.set(`${id}@${version}`, Promise.resolve(result.definition));
      return { kind: 'published', definition: result.definition };
    },

    /**
     * Publishes an admin's draft as the type's next version: linted as it would be stored (its `version` set to the
     * next number), refused with every problem, else written with its note and `also` (the audit entry) in the
     * store's one transaction. The new version is compiled into the cache; running trajectories keep theirs.
     */
    async publishDraft(draft: { typeId: string; revision: number; definition: unknown; forms: readonly unknown[] }, note: string, by: string | null,
      also?: (tx: Executor, version: number) => Promise<void>): Promise<DraftPublishOutcome> {
      await ensureShipped();
      const next = ((await store.typeVersions.get(draft.typeId))?.version ?? 0) + 1;
      const result = checkBundle(withVersion(draft.definition, next), draft.forms);
      const problems = [...result.problems];
      const id = (draft.definition as { id?: unknown } | null)?.id;
      if (problems.length === 0 && id !== draft.typeId) {
        problems.push({ file: 'definition', pointer: '/id', code: 'id-changed', message: {
          nl: `de id van het concept is "${draft.typeId}"; publiceer onder een andere id via een nieuw concept`,
          en: `the draft's id is "${draft.typeId}"; publish under another id through a new draft`,
        } });
      }
      if (!result.definition || problems.length > 0) return { kind: 'invalid', problems };
      const written = await store.typeDrafts.publish({
        typeId: draft.typeId, revision: draft.revision, definition: withVersion, note, at: options.now(), by, also,
      });
      if (written.kind !== 'published') return written;
      // Another version appeared between the lint and the transaction: compile what was stored when first asked for.
      if (written.version === next) compiled.set(`${draft.typeId}@${next}`, Promise.resolve(result.definition));
      return { kind: 'published', definition: written.version === next ? result.definition : await registry.get(draft.typeId, written.version) };
    },

    /** The newest version of every type, compiled, as the catalogue page and docs want it. */
    async catalogue(): Promise<Catalogue> {
      const newest = new Map<string, number>();
      for (const v of await registry.list()) newest.set(v.typeId, Math.max(v.version, newest.get(v.typeId) ?? 0));
      const definitions = await Promise.all([...newest].map(([id, v]) => registry.get(id, v)));
      const forms = new Map<string, CompiledForm>();
      for (const def of definitions) for (const [id, form] of def.forms) forms.set(id, form);
      return { definitions, forms };
    },
  };
  return registry;
}

export type TypeRegistry = ReturnType<typeof createRegistry>;
