import { localDate } from '@koers/engine';
import type { Signoff, Trajectory } from '@koers/store';
import { rolesAt } from '../access';
import { randomSecret, sha256 } from '../auth/secrets';
import type { Viewer } from '../context';
import { Forbidden, NotFound, Unprocessable } from '../errors';
import { type TrajectoryDeps, loadVisible } from '../trajectories/service';
import { type DeclaredSignoff, currentSignoffs, declaredSignoff, mayRequest, signoffEntry } from './specs';
import { signoffMail } from './mail';

export interface SignoffDeps extends TrajectoryDeps {
  /** Where the web app is reached, for the link in the mail; default: the request's origin. */
  publicUrl?: string;
  /** No mail server: mails are held in the outbox for the admin instead of sent. */
  mailsHeld?: boolean;
}

/** How long a sign-off link works (Koers's own choice: two weeks, as long as a parent may need). */
export const SIGNOFF_LINK_DAYS = 14;

const fail = (pointer: string, nl: string, en: string) => new Unprocessable({ nl, en }, [{ path: pointer, message: { nl, en } }], pointer);

/** The step's sign-off `key`, if the viewer may request it now; 422 for a key the current steps do not ask for, 403 for a role that may not. */
async function requestable(deps: TrajectoryDeps, viewer: Viewer, id: string, key: string) {
  const { t, def } = await loadVisible(deps, viewer, id);
  if (t.status === 'done') throw fail('/key', 'Dit traject is afgerond: er valt niets meer te ondertekenen.', 'This trajectory is finished: nothing is left to sign.');
  const declared = currentSignoffs(def, t.steps).find((s) => s.key === key);
  if (!declared) {
    throw fail('/key', `De huidige stap vraagt geen ondertekening "${key}".`, `The current step asks for no sign-off "${key}".`);
  }
  const roles = rolesAt(viewer, t.school, t.id);
  if (!mayRequest(declared.spec, roles)) {
    throw new Forbidden({ nl: 'Uw rol mag deze ondertekening niet aanvragen of vastleggen.', en: 'Your role may not request or record this sign-off.' }, '/key');
  }
  return { t, def, declared, roles };
}

const audit = (t: Trajectory, actorId: string | null, action: string, s: Signoff, at: Date) => ({
  at, actorId, organisationId: t.school.id, trajectoryId: t.id, action,
  // Never the token: only which sign-off, for whom and how.
  detail: { signoffId: s.id, key: s.key, name: s.name, role: s.role, method: s.method, ...(s.signedOn ? { signedOn: s.signedOn } : {}) },
});

/**
 * Requests a sign-off by a one-time link: only the SHA-256 of the token is stored, the token is answered this once.
 * With an e-mail address the link goes out through the mail outbox, in the same transaction as the row and its audit.
 */
export async function requestSignoff(
  deps: SignoffDeps, viewer: Viewer, id: string, body: { key: string; name: string; role: string; email?: string }, origin: string,
) {
  const { t, def, declared, roles } = await requestable(deps, viewer, id, body.key);
  const token = randomSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SIGNOFF_LINK_DAYS * 24 * 3600 * 1000);
  const path = `/#/tekenen/${token}`;
  const signoff = await deps.store.transaction(async (tx) => {
    const created = await deps.store.signoffs.request({
      trajectoryId: t.id, key: body.key, name: body.name.trim(), role: body.role.trim(), email: body.email?.trim() || null,
      tokenHash: sha256(token), expiresAt, by: viewer.userId, now,
    }, tx);
    await deps.store.audit.append(audit(t, viewer.userId, 'signoff.request', created, now), tx);
    if (created.email) {
      const mail = signoffMail({
        name: created.name, title: declared.spec.title, school: t.school.name, requestedBy: viewer.name,
        link: `${(deps.publicUrl ?? origin).replace(/\/+$/, '')}${path}`, expiresAt: expiresAt.toISOString(),
      });
      await deps.store.mails.add({
        userId: null, to: created.email, lang: 'nl', ...mail, status: deps.mailsHeld ? 'held' : 'pending', source: `signoff:${created.id}`, at: now,
      }, tx);
    }
    return created;
  });
  return { signoff: signoffEntry(def, signoff, roles), token, path };
}

/** Records a sign-off signed on paper, by a staff member, with the date written on it (not in the future). */
export async function recordPaperSignoff(
  deps: SignoffDeps, viewer: Viewer, id: string, body: { key: string; name: string; role: string; signedOn: string },
) {
  const { t, def, roles } = await requestable(deps, viewer, id, body.key);
  const now = deps.clock.now();
  if (body.signedOn > localDate(now.toISOString())) {
    throw fail('/signedOn', 'De datum van ondertekening ligt in de toekomst.', 'The date of signing lies in the future.');
  }
  const signoff = await deps.store.transaction(async (tx) => {
    const created = await deps.store.signoffs.recordPaper({
      trajectoryId: t.id, key: body.key, name: body.name.trim(), role: body.role.trim(), signedOn: body.signedOn, by: viewer.userId, now,
    }, tx);
    await deps.store.audit.append(audit(t, viewer.userId, 'signoff.paper', created, now), tx);
    return created;
  });
  return signoffEntry(def, signoff, roles);
}

/** Revokes a sign-off (a link not yet used, or a signature recorded by mistake): it no longer counts. */
export async function revokeSignoff(deps: SignoffDeps, viewer: Viewer, id: string, signoffId: string) {
  const { t, def } = await loadVisible(deps, viewer, id);
  const now = deps.clock.now();
  const existing = await deps.store.signoffs.get(signoffId, now);
  const gone = () => new NotFound({ nl: 'Deze ondertekening bestaat niet of is al ingetrokken.', en: 'This sign-off does not exist or was already revoked.' }, '/signoffId');
  if (!existing || existing.trajectoryId !== t.id) throw gone();
  const roles = rolesAt(viewer, t.school, t.id);
  const declared: DeclaredSignoff | undefined = declaredSignoff(def, existing.key);
  if (!declared || !mayRequest(declared.spec, roles)) {
    throw new Forbidden({ nl: 'Uw rol mag deze ondertekening niet intrekken.', en: 'Your role may not revoke this sign-off.' }, '/signoffId');
  }
  const revoked = await deps.store.transaction(async (tx) => {
    const done = await deps.store.signoffs.revoke(signoffId, t.id, now, tx);
    if (done) await deps.store.audit.append(audit(t, viewer.userId, 'signoff.revoke', done, now), tx);
    return done;
  });
  if (!revoked) throw gone();
  return signoffEntry(def, revoked, roles);
}

/** A trajectory's sign-offs, oldest first, as this viewer may see them. */
export async function listSignoffs(deps: SignoffDeps, viewer: Viewer, id: string) {
  const { t, def } = await loadVisible(deps, viewer, id);
  const roles = rolesAt(viewer, t.school, t.id);
  return (await deps.store.signoffs.list(t.id, deps.clock.now())).map((s) => signoffEntry(def, s, roles));
}
