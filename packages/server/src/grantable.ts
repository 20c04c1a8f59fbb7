import type { TrajectoryDefinition } from '@koers/engine';
import { Unprocessable } from './errors';
import type { TypeRegistry } from './registry';

/**
 * The roles one may give someone (by invitation or membership): those a published type declares, in any
 * version (programme, bestuur and school leadership roles included: the shipped types declare them).
 * @example await grantableRoles(registry) // ['procesbegeleider', …, 'ib', 'werkgroep']
 */
export async function grantableRoles(registry: TypeRegistry): Promise<string[]> {
  const roles = new Set<string>();
  for (const version of await registry.list()) for (const role of Object.keys((version.definition as TrajectoryDefinition).roles)) roles.add(role);
  return [...roles].sort();
}

/** What the API document says about a role field. */
export const ROLE_DESCRIPTION = 'Een rol die een gepubliceerde trajectsoort declareert (zoals procesbegeleider, schoolleider of ib); anders 422. / A role a published type declares; otherwise 422.';

/** Refuses (422 at `path`) a role that no published type declares and that is no organisation role. */
export async function requireGrantableRole(registry: TypeRegistry, role: string, path = '/role'): Promise<void> {
  const allowed = await grantableRoles(registry);
  if (allowed.includes(role)) return;
  const list = allowed.join(', ');
  const message = {
    nl: `De rol "${role}" bestaat niet: geen gepubliceerde trajectsoort kent hem. Kies uit: ${list}.`,
    en: `The role "${role}" does not exist: no published trajectory type declares it. Choose from: ${list}.`,
  };
  throw new Unprocessable(message, [{ path, message }], path);
}
