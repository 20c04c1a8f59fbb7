import { textIn } from '@koers/engine';
import type { Signoff } from '@koers/store';
import { NotFound } from '../errors';
import { stepRef } from '../trajectories/labels';
import type { SignoffDeps } from './service';
import { declaredSignoff } from './specs';

/** Why a link no longer works, in words the signer understands (no account, no context). */
const GONE: Record<'unknown' | Exclude<Signoff['status'], 'requested'>, { nl: string; en: string }> = {
  unknown: { nl: 'Deze link bestaat niet. Controleer of u de hele link heeft overgenomen.', en: 'This link does not exist. Check that you copied the whole link.' },
  signed: { nl: 'Met deze link is al getekend. Een link werkt maar één keer; u hoeft niets meer te doen.', en: 'This link has already been used to sign. A link works once; there is nothing left to do.' },
  expired: { nl: 'Deze link is verlopen. Vraag de school om een nieuwe link.', en: 'This link has expired. Ask the school for a new link.' },
  revoked: { nl: 'Deze link is ingetrokken door de school. Vraag de school of er een nieuwe komt.', en: 'The school has withdrawn this link. Ask the school whether a new one is coming.' },
};

function gone(s: Signoff | undefined): NotFound {
  const reason = s === undefined ? 'unknown' : s.status === 'requested' ? 'unknown' : s.status;
  return new NotFound(GONE[reason], '/token', { reason });
}

/**
 * What someone without an account signs, by the link's token hash: the type, the school (and label), the step and
 * the sign-off's texts, who asked. No form answers (Koers's choice: they may hold what is not meant for the signer).
 */
export async function lookUpSignoff(deps: SignoffDeps, tokenHash: string) {
  const now = deps.clock.now();
  const s = await deps.store.signoffs.byToken(tokenHash, now);
  if (!s || s.status !== 'requested') throw gone(s);
  const t = await deps.store.trajectories.get(s.trajectoryId);
  if (!t) throw gone(undefined);
  const def = await deps.registry.get(t.typeId, t.typeVersion);
  const declared = declaredSignoff(def, s.key);
  const step = declared ? def.index.states.get(declared.step)?.config.meta : undefined;
  return {
    type: { title: def.definition.title }, school: { name: t.school.name }, ...(t.label ? { label: t.label } : {}),
    step: { ...stepRef(def, declared?.step ?? ''), ...(step?.instructions ? { instructions: step.instructions } : {}) },
    signoff: {
      key: s.key, title: declared?.spec.title ?? { nl: s.key, en: s.key },
      ...(declared?.spec.description ? { description: declared.spec.description } : {}), ...(declared?.spec.signers ? { signers: declared.spec.signers } : {}),
    },
    name: s.name, role: s.role, requestedBy: s.requestedBy?.name ?? null, expiresAt: s.expiresAt!,
    title: textIn(declared?.spec.title, 'nl') || s.key,
  };
}

/** Signs by the link with the name the signer typed: once; a used, expired or revoked link says which. */
export async function signByLink(deps: SignoffDeps, tokenHash: string, name: string) {
  const now = deps.clock.now();
  const found = await deps.store.signoffs.byToken(tokenHash, now);
  // Read before the transaction: PGlite has one connection, a read beside an open transaction would wait for it.
  const t = found ? await deps.store.trajectories.get(found.trajectoryId) : undefined;
  const signed = await deps.store.transaction(async (tx) => {
    const done = await deps.store.signoffs.sign(tokenHash, name.trim(), now, tx);
    if (!done) return undefined;
    await deps.store.audit.append({
      at: now, actorId: null, organisationId: t?.school.id ?? null, trajectoryId: done.trajectoryId, action: 'signoff.sign',
      detail: { signoffId: done.id, key: done.key, name: done.name, role: done.role, method: 'link' },
    }, tx);
    return done;
  });
  if (!signed) throw gone(await deps.store.signoffs.byToken(tokenHash, now));
  return { name: signed.name, signedAt: signed.signedAt! };
}
