import { type CompiledDefinition, type SignoffSpec, ancestry } from '@koers/engine';
import type { Signoff } from '@koers/store';
import { stepRef } from '../trajectories/labels';

/** A sign-off a step declares, with the step. */
export interface DeclaredSignoff {
  key: string;
  step: string;
  spec: SignoffSpec;
}

/** The sign-offs the current steps ask for (their own `meta.signoff` and that of the steps around them). */
export function currentSignoffs(def: CompiledDefinition, steps: readonly string[]): DeclaredSignoff[] {
  const seen = new Set<string>();
  const out: DeclaredSignoff[] = [];
  for (const path of steps.flatMap(ancestry)) {
    for (const [key, spec] of Object.entries(def.index.states.get(path)?.config.meta?.signoff ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, step: path, spec });
    }
  }
  return out;
}

/** Where a sign-off key is declared in the type (the first step that declares it), for titles of past sign-offs. */
export function declaredSignoff(def: CompiledDefinition, key: string): DeclaredSignoff | undefined {
  for (const info of def.index.states.values()) {
    const spec = info.config.meta?.signoff?.[key];
    if (spec) return { key, step: info.path, spec };
  }
  return undefined;
}

/** Whether these roles may request a sign-off or record one on paper (admins too act only through roles). */
export function mayRequest(spec: SignoffSpec, roles: readonly string[]): boolean {
  return roles.some((r) => spec.requestRoles.includes(r));
}

/** A sign-off as the trajectory page shows it: the e-mail address only to those who may request it. */
export function signoffEntry(def: CompiledDefinition, s: Signoff, roles: readonly string[]) {
  const declared = declaredSignoff(def, s.key);
  const maySee = declared !== undefined && mayRequest(declared.spec, roles);
  return {
    id: s.id, key: s.key, title: declared?.spec.title ?? { nl: s.key, en: s.key },
    ...(declared ? { step: stepRef(def, declared.step) } : {}),
    name: s.name, role: s.role, ...(maySee && s.email ? { email: s.email } : {}), method: s.method, status: s.status,
    requestedAt: s.requestedAt, requestedBy: s.requestedBy, expiresAt: s.expiresAt, signedAt: s.signedAt, signedOn: s.signedOn, revokedAt: s.revokedAt,
    mayRevoke: maySee && s.status !== 'revoked',
  };
}

/** The sign-offs a current step asks for, as its panel shows them. */
export function stepSignoffs(def: CompiledDefinition, steps: readonly string[], roles: readonly string[]) {
  return currentSignoffs(def, steps).map(({ key, step, spec }) => ({
    key, step, title: spec.title, ...(spec.description ? { description: spec.description } : {}), ...(spec.signers ? { signers: spec.signers } : {}),
    mayRequest: mayRequest(spec, roles),
  }));
}
