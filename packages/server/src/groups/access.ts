import type { CompiledDefinition } from '@koers/engine';
import type { Group } from '@koers/store';
import type { Viewer } from '../context';
import { Forbidden, NotFound } from '../errors';
import { roleRef } from '../trajectories/labels';
import type { TrajectoryDeps } from '../trajectories/service';

/** The one answer for a group that does not exist and for one the viewer may not open (at `path`: where the id was given). */
export const groupNotFound = (path = '/id') => new NotFound({
  nl: 'Deze groep bestaat niet of u heeft er geen toegang toe.', en: 'This group does not exist or you have no access to it.',
}, path);

/** Whether the viewer holds one of the type's lead roles somewhere (a procesbegeleider): they may form groups. */
export function holdsLeadRole(viewer: Viewer, def: CompiledDefinition): boolean {
  const roles = def.definition.groups?.leadRoles ?? [];
  return viewer.memberships.some((m) => roles.includes(m.role));
}

/** Forming a group of this type: administrators and holders of one of its lead roles; 403 for others. */
export function requireMayForm(viewer: Viewer, def: CompiledDefinition): void {
  if (viewer.isAdmin || holdsLeadRole(viewer, def)) return;
  const titles = (def.definition.groups?.leadRoles ?? []).map((r) => roleRef(def, r).title);
  const nl = titles.map((t) => t.nl).join(', ');
  const en = titles.map((t) => t.en).join(', ');
  throw new Forbidden({
    nl: `Alleen beheerders${nl ? ` en wie de rol ${nl} heeft` : ''} mogen groepen vormen.`,
    en: `Only administrators${en ? ` and holders of the role ${en}` : ''} may form groups.`,
  });
}

/**
 * A group the viewer may open, with its type's newest definition and its leads: its leads and administrators;
 * 404 for everyone else (a member school sees its own group through its trajectory), at `path`.
 */
export async function loadGroup(
  deps: TrajectoryDeps, viewer: Viewer, id: string, path = '/id',
): Promise<{ group: Group; def: CompiledDefinition; leads: Array<{ id: string; name: string | null }> }> {
  const group = await deps.store.groups.get(id);
  if (!group) throw groupNotFound(path);
  const leads = (await deps.store.groups.leads(group.id)).map((l) => ({ id: l.id, name: l.name }));
  if (!viewer.isAdmin && !leads.some((l) => l.id === viewer.userId)) throw groupNotFound(path);
  const def = await deps.registry.get(group.typeId);
  if (!def.definition.groups) throw groupNotFound(path);
  return { group, def, leads };
}
