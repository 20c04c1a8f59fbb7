import { useEffect, useRef } from 'react';
import { textIn } from '@koers/engine';
import type { TrajectoryView } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import './confirm.css';

/** What the page tells after an action: that it was sent, or another message (a conflict). */
export type Notice = { kind: 'sent'; label: string; from: number } | { kind: 'text'; text: string };

/**
 * The message after an action, where the page scrolls and focus goes: "Verstuurd: …", and once the trajectory has
 * been fetched again, where it is now and who is up there (the roles each current step waits for), or that it is
 * finished. "Who is up" reads the step's roles from the definition (`steps[].roles`).
 */
export function SentNotice({ notice, view }: { notice: Notice | undefined; view: TrajectoryView }) {
  const { appText, lang } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  // The trajectory as fetched after the event (its version moved past the one the event was sent on).
  const moved = notice?.kind === 'sent' && view.version > notice.from;
  useEffect(() => {
    if (!notice || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: 'center' });
  }, [notice, moved]);
  const working = view.steps.filter((s) => !s.finished);
  const mine = new Set(view.roles.map((r) => r.id));
  const myTurn = view.events.some((e) => e.expected && !e.blocked) || working.some((s) => s.roles.some((r) => mine.has(r.id)));
  return (
    <div ref={ref} tabIndex={-1} className="trajectory__notice sent-notice" role="status">
      {notice?.kind === 'text' && <p>{notice.text}</p>}
      {notice?.kind === 'sent' && <p><strong>{appText('submitted', { label: notice.label })}</strong></p>}
      {moved && view.status === 'done' && <p>{appText('nextDone')}</p>}
      {moved && view.status !== 'done' && working.map((step) => {
        const roles = step.roles.map((r) => textIn(r.title, lang)).join(', ');
        return <p key={step.path}>{roles ? appText('nextUpBy', { step: textIn(step.title, lang), roles }) : appText('nextUp', { step: textIn(step.title, lang) })}</p>;
      })}
      {moved && view.status !== 'done' && myTurn && <p>{appText('nextYou')}</p>}
    </div>
  );
}
