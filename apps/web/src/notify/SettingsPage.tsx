import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useLang } from '../i18n/lang';
import { RequireSignIn } from '../pages/trajectories/RequireSignIn';
import { useDocumentTitle } from '../pages/useDocumentTitle';
import { type MailSettings, settingsQuery, useSaveSettings } from './api';
import { NOTIFY_TEXT } from './text';
import './notify.css';
import { CalendarFeedSettings } from '../pages/calendar-feed';

const CHOICES: ReadonlyArray<MailSettings['mail']> = ['immediate', 'digest', 'off'];

/**
 * `#/instellingen`: the language of one's mails and how often (immediately, a daily digest, never). The calendar
 * feed gets its own section below (kept apart: another feature).
 */
export default function SettingsPage() {
  return <RequireSignIn><Settings /></RequireSignIn>;
}

function Settings() {
  const { lang } = useLang();
  useDocumentTitle(NOTIFY_TEXT.settingsTitle[lang]);
  const { data } = useQuery(settingsQuery);
  const save = useSaveSettings();
  const [draft, setDraft] = useState<MailSettings | undefined>(data);
  useEffect(() => setDraft(data), [data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft) save.mutate(draft);
  };
  return (
    <div className="page page--narrow settings">
      <h1>{NOTIFY_TEXT.settingsTitle[lang]}</h1>
      <section className="settings__section" aria-labelledby="settings-mail">
        <h2 id="settings-mail">{NOTIFY_TEXT.mailSection[lang]}</h2>
        {draft ? (
          <form onSubmit={submit}>
            <fieldset>
              <legend>{NOTIFY_TEXT.mailLang[lang]}</legend>
              {(['nl', 'en'] as const).map((l) => (
                <label key={l} className="settings__choice">
                  <input type="radio" name="mail-lang" value={l} checked={draft.lang === l} onChange={() => setDraft({ ...draft, lang: l })} />
                  <span lang={l}>{l === 'nl' ? 'Nederlands' : 'English'}</span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{NOTIFY_TEXT.mailHow[lang]}</legend>
              {CHOICES.map((choice) => (
                <label key={choice} className="settings__choice">
                  <input type="radio" name="mail-how" value={choice} checked={draft.mail === choice} onChange={() => setDraft({ ...draft, mail: choice })} />
                  <span>{NOTIFY_TEXT[choice][lang]}</span>
                </label>
              ))}
            </fieldset>
            <p className="settings__save">
              <button type="submit" className="button" disabled={save.isPending}>{NOTIFY_TEXT.save[lang]}</button>
              <span role="status">{save.isSuccess ? NOTIFY_TEXT.saved[lang] : ''}</span>
            </p>
            {save.error ? <p role="alert">{save.error.message}</p> : null}
          </form>
        ) : <p className="app-loading">…</p>}
      </section>
      {/* The personal iCal feed (make, copy, revoke), the same component as on #/agenda. */}
      <div className="settings__section" id="agenda"><CalendarFeedSettings /></div>
    </div>
  );
}
