import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type Localized, textIn } from '@koers/engine';
import { ApiFailure } from '../api/client';
import { type MadeFeed, getFeedStatus, makeFeed, revokeFeed } from '../api/agenda';
import { useLang } from '../i18n/lang';
import { formatDate } from './trajectories/format';
import './calendar-feed.css';

const T = {
  heading: { nl: 'Agenda-abonnement (iCal)', en: 'Calendar subscription (iCal)' },
  intro: {
    nl: 'Met een geheim adres zet Outlook of Google Agenda de afspraken van al uw trajecten (startgesprek, voortgangsgesprek, groepsbijeenkomst) in uw agenda en houdt ze bij. Alleen afspraken van scholen die u mag zien.',
    en: 'With a secret address, Outlook or Google Calendar puts the meetings of all your trajectories (start meeting, progress meeting, group meeting) in your calendar and keeps them up to date. Only meetings of schools you may see.',
  },
  none: { nl: 'U heeft nog geen agenda-adres.', en: 'You have no calendar address yet.' },
  active: (date: string): Localized => ({ nl: `U heeft een agenda-adres sinds ${date}.`, en: `You have had a calendar address since ${date}.` }),
  make: { nl: 'Agenda-adres maken', en: 'Make a calendar address' },
  renew: { nl: 'Nieuw adres maken (het oude stopt)', en: 'Make a new address (the old one stops)' },
  revoke: { nl: 'Adres intrekken', en: 'Revoke the address' },
  revoked: { nl: 'Het adres is ingetrokken: agenda\'s die het gebruiken krijgen geen afspraken meer.', en: 'The address is revoked: calendars using it get no more meetings.' },
  address: { nl: 'Uw agenda-adres', en: 'Your calendar address' },
  shownOnce: {
    nl: 'Alleen nu te zien: kopieer het en bewaar het niet openbaar. Wie het adres heeft, ziet uw afspraken. Kwijt? Maak een nieuw adres.',
    en: 'Shown only now: copy it and keep it private. Whoever has the address sees your meetings. Lost it? Make a new address.',
  },
  copy: { nl: 'Kopieer adres', en: 'Copy address' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  copyFailed: { nl: 'Kopiëren lukte niet; selecteer het adres en kopieer het zelf.', en: 'Copying failed; select the address and copy it yourself.' },
  howTo: { nl: 'Zo abonneert u zich', en: 'How to subscribe' },
  outlook: {
    nl: 'Outlook (web of nieuw Outlook): Agenda → Agenda toevoegen → Abonneren vanaf internet → plak het adres → Importeren.',
    en: 'Outlook (web or new Outlook): Calendar → Add calendar → Subscribe from web → paste the address → Import.',
  },
  google: {
    nl: 'Google Agenda (op een computer): naast "Andere agenda\'s" op + → Via URL → plak het adres → Agenda toevoegen.',
    en: 'Google Calendar (on a computer): next to "Other calendars" click + → From URL → paste the address → Add calendar.',
  },
  refresh: {
    nl: 'Agenda-apps halen het adres zelf opnieuw op, meestal een paar keer per dag; een nieuwe afspraak staat er dus niet meteen in.',
    en: 'Calendar apps fetch the address again by themselves, usually a few times a day; a new meeting does not appear at once.',
  },
  failed: { nl: 'Dat lukte niet.', en: 'That did not work.' },
};

/**
 * The reader's personal iCal feed: make an address (shown once, with a copy button), make a new one (the old one
 * stops) or revoke it, and how to subscribe in Outlook or Google Agenda. A component of its own, so a settings
 * page can mount it (`<CalendarFeedSettings />`); `#/agenda` shows it on its own.
 */
export function CalendarFeedSettings() {
  const { lang } = useLang();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ['me', 'calendar-feed'], queryFn: getFeedStatus });
  const [made, setMade] = useState<MadeFeed | undefined>();
  const [notice, setNotice] = useState<Localized | undefined>();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const address = useRef<HTMLInputElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['me', 'calendar-feed'] });
  const failure = (error: unknown) => setNotice(error instanceof ApiFailure ? error.error.message : T.failed);
  const make = useMutation({
    mutationFn: makeFeed,
    onSuccess: (feed) => { setMade(feed); setCopyState('idle'); setNotice(undefined); void refresh(); },
    onError: failure,
  });
  const revoke = useMutation({
    mutationFn: revokeFeed,
    onSuccess: () => { setMade(undefined); setNotice(T.revoked); void refresh(); },
    onError: failure,
  });
  useEffect(() => {
    if (made) address.current?.focus();
  }, [made]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made?.url ?? '');
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const active = status.data?.active === true;
  const busy = make.isPending || revoke.isPending;
  return (
    <section className="calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{textIn(T.heading, lang)}</h2>
      <p>{textIn(T.intro, lang)}</p>
      <p className="calendar-feed__state">
        {status.data === undefined ? '' : active && status.data.createdAt ? textIn(T.active(formatDate(status.data.createdAt, lang)), lang) : textIn(T.none, lang)}
      </p>
      {made && (
        <div className="calendar-feed__made">
          <label htmlFor="calendar-feed-url">{textIn(T.address, lang)}</label>
          <p className="invite-field__hint" id="calendar-feed-hint">{textIn(T.shownOnce, lang)}</p>
          <input id="calendar-feed-url" ref={address} className="calendar-feed__url" type="text" readOnly value={made.url}
            aria-describedby="calendar-feed-hint" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copy()}>{textIn(T.copy, lang)}</button>
          <span role="status" className="calendar-feed__copied">{copyState === 'copied' ? textIn(T.copied, lang) : copyState === 'failed' ? textIn(T.copyFailed, lang) : ''}</span>
        </div>
      )}
      <div className="calendar-feed__actions">
        <button type="button" className="button" disabled={busy} onClick={() => make.mutate()}>{textIn(active ? T.renew : T.make, lang)}</button>
        {active && <button type="button" className="button button--secondary" disabled={busy} onClick={() => revoke.mutate()}>{textIn(T.revoke, lang)}</button>}
      </div>
      <p role="status" className="calendar-feed__notice">{notice ? textIn(notice, lang) : ''}</p>
      <h3>{textIn(T.howTo, lang)}</h3>
      <ul className="calendar-feed__how">
        <li>{textIn(T.outlook, lang)}</li>
        <li>{textIn(T.google, lang)}</li>
      </ul>
      <p className="calendar-feed__note">{textIn(T.refresh, lang)}</p>
    </section>
  );
}
