import type { Localized } from '@koers/engine';
import type { Store } from '@koers/store';

/** A title when it is one (`{ nl, en }` texts); a draft's may be anything while it is being edited. */
function titleOf(value: unknown): Localized | null {
  if (value === null || typeof value !== 'object') return null;
  const { nl, en } = value as { nl?: unknown; en?: unknown };
  return typeof nl === 'string' && typeof en === 'string' ? { nl, en } : null;
}

/**
 * Every trajectory type the admin manages, published or only a draft, by Dutch title: each published version with
 * who published it, when, its note and how many trajectories run on it (active, done), and the draft if there is one.
 */
export async function adminTypes(store: Store) {
  const [history, drafts] = await Promise.all([store.typeVersions.history(), store.typeDrafts.list()]);
  const ids = [...new Set([...history.map((v) => v.typeId), ...drafts.map((d) => d.typeId)])];
  const rows = ids.map((id) => {
    const versions = history.filter((v) => v.typeId === id);
    const draft = drafts.find((d) => d.typeId === id);
    const draftTitle = draft ? titleOf((draft.definition as { title?: unknown } | null)?.title) : null;
    return {
      id,
      title: titleOf(versions.at(-1)?.title) ?? draftTitle ?? { nl: id, en: id },
      versions: versions.map((v) => ({
        version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy, note: v.note, trajectories: v.trajectories,
      })),
      draft: draft ? { revision: draft.revision, basedOn: draft.basedOn, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy, title: draftTitle } : null,
    };
  });
  return rows.sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl') || a.id.localeCompare(b.id));
}
