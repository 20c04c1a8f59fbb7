import { localDate, localHour, midnight } from '@koers/engine';
import type { Store } from '@koers/store';
import { digestMail } from './texts';

/** Digests go out from this local hour (Europe/Amsterdam) on: the morning's mail, not one at midnight. */
export const DIGEST_HOUR = 7;

/**
 * The daily digests due at `now`: per user who chose `digest` and had none today (Europe/Amsterdam), one mail
 * with their unread notifications since the last digest (source `digest:<user>:<YYYY-MM-DD>`, so never two a day),
 * and the day recorded, in one transaction per user. Answers how many were written.
 */
export async function sendDigests(deps: { store: Store; now: Date; publicUrl: string; status: 'pending' | 'held' }): Promise<number> {
  const now = deps.now.toISOString();
  const day = localDate(now);
  if (localHour(now) < DIGEST_HOUR) return 0;
  const schoolNames = new Map<string, string>();
  return deps.store.transaction(async (tx) => {
    const nameOf = async (id: string | null) => {
      if (!id) return '';
      if (!schoolNames.has(id)) schoolNames.set(id, (await deps.store.organisations.get(id, tx))?.name ?? '');
      return schoolNames.get(id)!;
    };
    let written = 0;
    for (const user of await deps.store.notifications.digestDue(new Date(midnight(day)), tx)) {
      const unread = await deps.store.notifications.unreadSince(user.id, user.lastDigestAt, tx);
      const items = await Promise.all(unread.map(async (notification) => ({ notification, schoolName: await nameOf(notification.schoolId) })));
      const mail = digestMail({ lang: user.lang, name: user.name, publicUrl: deps.publicUrl, day, items });
      const added = await deps.store.mails.add({ userId: user.id, to: user.email, lang: user.lang, ...mail, status: deps.status, source: `digest:${user.id}:${day}`, at: deps.now }, tx);
      await deps.store.userSettings.markDigest(user.id, deps.now, tx);
      if (added) written++;
    }
    return written;
  });
}
