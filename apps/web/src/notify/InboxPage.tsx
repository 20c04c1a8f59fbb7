import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLang } from '../i18n/lang';
import { formatDate } from '../pages/trajectories/format';
import { RequireSignIn } from '../pages/trajectories/RequireSignIn';
import { useDocumentTitle } from '../pages/useDocumentTitle';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { type InboxItem, inboxQuery, useMarkAllRead, useMarkRead } from './api';
import { NOTIFY_TEXT } from './text';
import './notify.css';

/** `#/meldingen`: the signed-in person's notifications, newest first; mark one or all read, go to the step. */
export default function InboxPage() {
  return <RequireSignIn><Inbox /></RequireSignIn>;
}

function Inbox() {
  const { lang } = useLang();
  useDocumentTitle(NOTIFY_TEXT.inboxTitle[lang]);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error } = useQuery(inboxQuery(unreadOnly));
  const markAll = useMarkAllRead();
  return (
    <div className="page page--narrow inbox">
      <h1>{NOTIFY_TEXT.inboxTitle[lang]}</h1>
      <p>{NOTIFY_TEXT.inboxIntro[lang]} <Link to={to.settings}>{NOTIFY_TEXT.toSettings[lang]}</Link></p>
      <div className="inbox__bar">
        <div role="group" aria-label={NOTIFY_TEXT.show[lang]} className="inbox__filter">
          <button type="button" aria-pressed={!unreadOnly} onClick={() => setUnreadOnly(false)}>{NOTIFY_TEXT.all[lang]}</button>
          <button type="button" aria-pressed={unreadOnly} onClick={() => setUnreadOnly(true)}>{NOTIFY_TEXT.unreadOnly[lang]}</button>
        </div>
        <button type="button" className="button button--secondary" disabled={!data || data.unread === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}>{NOTIFY_TEXT.markAllRead[lang]}</button>
      </div>
      {error && !data ? <p role="alert">{NOTIFY_TEXT.loadFailed[lang]}</p> : null}
      {data && data.items.length === 0 ? <p>{unreadOnly ? NOTIFY_TEXT.noneUnread[lang] : NOTIFY_TEXT.none[lang]}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="inbox__list">{data.items.map((item) => <Entry key={item.id} item={item} />)}</ul>
      ) : null}
    </div>
  );
}

function Entry({ item }: { item: InboxItem }) {
  const { lang } = useLang();
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  const kind = NOTIFY_TEXT.kind[item.kind as keyof typeof NOTIFY_TEXT.kind]?.[lang] ?? item.kind;
  return (
    <li className={`inbox__item${unread ? ' inbox__item--unread' : ''}`}>
      <p className="inbox__meta">
        <span>{kind}</span> · <time dateTime={item.createdAt}>{formatDate(item.createdAt, lang)}</time>
        {unread ? <> · <strong>{NOTIFY_TEXT.unread[lang]}</strong></> : null}
      </p>
      <h2 className="inbox__title">{item.title[lang]}</h2>
      {item.body ? <p>{item.body[lang]}</p> : null}
      <p className="inbox__actions">
        {item.trajectoryId ? (
          <Link to={to.trajectory(item.trajectoryId)} onClick={() => unread && markRead.mutate(item.id)}>{NOTIFY_TEXT.openStep[lang]}</Link>
        ) : null}
        {unread ? (
          <button type="button" className="button button--secondary" disabled={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
            {NOTIFY_TEXT.markRead[lang]}<span className="visually-hidden">: {item.title[lang]}</span>
          </button>
        ) : null}
      </p>
    </li>
  );
}
