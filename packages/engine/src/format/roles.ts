import definitionSchema from '../../schemas/definition.schema.json';
import type { RoleLevel, RoleSpec, TrajectoryDefinition, TrajectorySubject } from './types';

/**
 * How a role id looks, declared once in the definition format's JSON Schema (`definitions.roleId`):
 * lowercase letters, digits and `-`, starting with a letter, at most 40 characters (`ib`, `schoolleider`,
 * `po-raad`). The linter checks a definition's `roles` with it, the server memberships and invitations,
 * so every role a trajectory type declares can be granted.
 * @example new RegExp(ROLE_ID_PATTERN).test('po-raad') // true
 */
export const ROLE_ID_PATTERN: string = definitionSchema.definitions.roleId.pattern;

/** What the published trajectory types say their roles do on the platform, over every type together. */
export interface RolePolicy {
  /** Roles that coach: holders see the overview of the schools where they hold one. */
  coaching: ReadonlySet<string>;
  /** Roles whose holders, for a whole school, may invite colleagues there. */
  inviting: ReadonlySet<string>;
  /** Roles only an administrator grants, never a school's leadership. */
  adminGranted: ReadonlySet<string>;
  /** Every declared role, in the order the definitions declare them. */
  declared: readonly string[];
  /** Per role, the levels any type lets it be held at (`heldAtOf`), and who may grant it there. */
  held: ReadonlyMap<string, ReadonlySet<RoleLevel>>;
  /** Roles some type lets school leadership grant (`grantedBy` school) at a level where the school holds it. */
  schoolGranted: ReadonlySet<string>;
  /** Roles some type lets the bestuur's leadership (or school leadership) grant. */
  bestuurGranted: ReadonlySet<string>;
}

/** Whom a type's trajectories belong to: its `subject`, `school` when absent. */
export function subjectOf(def: Pick<TrajectoryDefinition, 'subject'>): TrajectorySubject {
  return def.subject ?? 'school';
}

/**
 * Where a role of a type may be held: its `heldAt`, else `["school", "trajectory"]` in a school or group type and
 * `["bestuur", "trajectory"]` in a bestuur type. A membership at a bestuur counts in a school's trajectory only when
 * the type lets the role be held at the bestuur: an adviser given a role at the bestuur does not read every school.
 * @example heldAtOf(pd, 'ib') // ['school', 'trajectory']
 */
export function heldAtOf(def: Pick<TrajectoryDefinition, 'subject' | 'roles'>, role: string): readonly RoleLevel[] {
  const spec: RoleSpec | undefined = def.roles[role];
  if (!spec) return [];
  return spec.heldAt ?? (subjectOf(def) === 'bestuur' ? ['bestuur', 'trajectory'] : ['school', 'trajectory']);
}

/** Who grants a role of a type: its `grantedBy`, else `school` in a school type and `bestuur` in a bestuur type. */
export function grantedByOf(def: Pick<TrajectoryDefinition, 'subject' | 'roles'>, role: string): NonNullable<RoleSpec['grantedBy']> {
  return def.roles[role]?.grantedBy ?? (subjectOf(def) === 'bestuur' ? 'bestuur' : 'school');
}

/**
 * The role policy of a set of definitions (the newest version of each published type): a role coaches,
 * invites or is granted by administrators only when any definition declares it so.
 * @example rolePolicyOf([pd]).coaching // Set { 'casemanager', 'procesbegeleider' }
 */
export function rolePolicyOf(definitions: ReadonlyArray<Pick<TrajectoryDefinition, 'roles' | 'subject'>>): RolePolicy {
  const held = new Map<string, Set<RoleLevel>>();
  const schoolGranted = new Set<string>();
  const bestuurGranted = new Set<string>();
  const coaching = new Set<string>();
  const inviting = new Set<string>();
  const adminGranted = new Set<string>();
  const declared = new Set<string>();
  for (const def of definitions) {
    for (const [role, spec] of Object.entries(def.roles)) {
      declared.add(role);
      if (spec.coach) coaching.add(role);
      if (spec.invites) inviting.add(role);
      if (spec.grantedBy === 'admin') adminGranted.add(role);
      const levels = heldAtOf(def, role);
      held.set(role, new Set([...(held.get(role) ?? []), ...levels]));
      const by = grantedByOf(def, role);
      if (by === 'school' && (levels.includes('school') || levels.includes('trajectory'))) schoolGranted.add(role);
      if (by !== 'admin') bestuurGranted.add(role);
    }
  }
  return { coaching, inviting, adminGranted, declared: [...declared], held, schoolGranted, bestuurGranted };
}
