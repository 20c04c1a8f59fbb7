import definitionSchema from '../../schemas/definition.schema.json';
import type { TrajectoryDefinition } from './types';

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
}

/**
 * The role policy of a set of definitions (the newest version of each published type): a role coaches,
 * invites or is granted by administrators only when any definition declares it so.
 * @example rolePolicyOf([pd]).coaching // Set { 'casemanager', 'procesbegeleider' }
 */
export function rolePolicyOf(definitions: ReadonlyArray<Pick<TrajectoryDefinition, 'roles'>>): RolePolicy {
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
    }
  }
  return { coaching, inviting, adminGranted, declared: [...declared] };
}
