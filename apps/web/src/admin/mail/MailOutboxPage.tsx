import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLang } from '../../i18n/lang';
import { useDocumentTitle } from '../../pages/useDocumentTitle';
import { formatDate } from '../../pages/trajectories/format';
import { MAIL_STATUSES, type MailStatus, type Outbox, outboxQuery, useRetryMail } from '../../notify/api';
import { NOTIFY_TEXT } from '../../notify/text';
import './mail.css';

/** `#/beheer/mail`: the outbox per status (held, pending, sent, dead), each mail's text, and retrying a dead one. */
export default function MailOutboxPage() {
  const { lang } = useLang();
  useDocumentTitle(NOTIFY_TEXT.mailTitle[lang]);
  const [status, setStatus] = useState<MailStatus>('held');
  const { data, error } = useQuery(outboxQuery(status));
  return (
    <div className="page mail-outbox">
      <h1>{NOTIFY_TEXT.mailTitle[lang]}</h1>
      <p>{NOTIFY_TEXT.mailIntro[lang]}</p>
      <div role="tablist" aria-label={NOTIFY_TEXT.mailTitle[lang]} className="mail-outbox__tabs">
        {MAIL_STATUSES.map((s) => (
          <button key={s} type="button" role="tab" id={`mail-tab-${s}`} aria-selected={status === s} aria-controls="mail-panel" onClick={() => setStatus(s)}>
            {NOTIFY_TEXT.status[s][lang]}{data ? ` (${data.counts[s]})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="mail-panel" aria-labelledby={`mail-tab-${status}`}>
        {error && !data ? <p role="alert">{NOTIFY_TEXT.mailLoadFailed[lang]}</p> : null}
        {data ? <MailList items={data.items} /> : null}
      </div>
    </div>
  );
}

function MailList({ items }: { items: Outbox['items'] }) {
  const { lang } = useLang();
  const retry = useRetryMail();
  if (items.length === 0) return <p>{NOTIFY_TEXT.noMail[lang]}</p>;
  return (
    <ul className="mail-outbox__list">
      {items.map((mail) => (
        <li key={mail.id} className="mail-outbox__item">
          <h2 className="mail-outbox__subject">{mail.subject}</h2>
          <dl className="mail-outbox__facts">
            <dt>{NOTIFY_TEXT.to[lang]}</dt><dd>{mail.to}</dd>
            <dt>{NOTIFY_TEXT.created[lang]}</dt><dd><time dateTime={mail.createdAt}>{formatDate(mail.createdAt, lang)}</time></dd>
            <dt>{NOTIFY_TEXT.attempts[lang]}</dt><dd>{mail.attempts}</dd>
            {mail.lastError ? <><dt>{NOTIFY_TEXT.lastError[lang]}</dt><dd>{mail.lastError}</dd></> : null}
          </dl>
          <details>
            <summary>{NOTIFY_TEXT.showText[lang]}</summary>
            <pre className="mail-outbox__text">{mail.text}</pre>
          </details>
          {mail.status === 'dead' ? (
            <button type="button" className="button" disabled={retry.isPending} onClick={() => retry.mutate(mail.id)}>
              {NOTIFY_TEXT.retry[lang]}<span className="visually-hidden">: {mail.subject}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
