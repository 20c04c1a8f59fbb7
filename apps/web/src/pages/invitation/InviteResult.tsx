import { useEffect, useRef, useState } from 'react';
import { useLang } from '../../i18n/lang';
import { formatDate } from '../trajectories/format';
import type { CreatedInvitation } from './api';
import { useRoleLabel } from './roleLabel';

/** The link the inviter sends on: shown once (only its hash is kept), with a copy button. */
export function InviteResult({ created, onAgain }: { created: CreatedInvitation & { organisationName: string }; onAgain: () => void }) {
  const { appText, lang } = useLang();
  const roleLabel = useRoleLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const link = `${window.location.origin}${window.location.pathname}#${created.path}`;
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <section className="invitation__box invitation__result" aria-labelledby="invite-result-heading">
      <h2 id="invite-result-heading" ref={heading} tabIndex={-1}>{appText('invitationCreatedTitle')}</h2>
      <p>{appText('invitationCreated', { email: created.email, role: roleLabel(created.role), organisation: created.organisationName, date: formatDate(created.expiresAt, lang) })}</p>
      <label htmlFor="invite-link">{appText('invitationLink')}</label>
      <p className="invite-field__hint" id="invite-link-hint">{appText('linkShownOnce')}</p>
      <input id="invite-link" className="invitation__link" type="text" readOnly value={link} aria-describedby="invite-link-hint"
        onFocus={(e) => e.currentTarget.select()} />
      <div className="invitation__actions">
        <button type="button" className="button" onClick={() => void copy()}>{appText('copyLink')}</button>
        <button type="button" className="button button--secondary" onClick={onAgain}>{appText('inviteAnother')}</button>
      </div>
      <p role="status" className="invitation__copied">{copyState === 'copied' ? appText('linkCopied') : copyState === 'failed' ? appText('copyFailed') : ''}</p>
    </section>
  );
}
