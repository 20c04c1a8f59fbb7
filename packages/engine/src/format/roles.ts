import definitionSchema from '../../schemas/definition.schema.json';

/**
 * How a role id looks, declared once in the definition format's JSON Schema (`definitions.roleId`):
 * lowercase letters, digits and `-`, starting with a letter, at most 40 characters (`ib`, `schoolleider`,
 * `po-raad`). The linter checks a definition's `roles` with it, the server memberships and invitations,
 * so every role a trajectory type declares can be granted.
 * @example new RegExp(ROLE_ID_PATTERN).test('po-raad') // true
 */
export const ROLE_ID_PATTERN: string = definitionSchema.definitions.roleId.pattern;
