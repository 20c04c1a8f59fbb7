import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Localized, textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { Field, useServerForm } from '../../pages/invitation/Field';
import { type Organisation, organisationsQuery } from './api';
import { studyDaysQuery, useAddStudyDay, useRemoveStudyDay } from './study-days-api';
import { PEOPLE_TEXT } from './text';

const T = {
  heading: { nl: 'Studiedagen', en: 'Study days' },
  intro: {
    nl: 'Dagen zonder school die het bestuur vastlegt, bovenop de schoolvakanties van de regio van elke school. Termijnen die op zo\'n dag vallen, schuiven naar de eerstvolgende schooldag.',
    en: 'Days without school the bestuur sets, on top of the school holidays of each school\'s region. Due dates on such a day move to the next school day.',
  },
  regions: { nl: 'Vakantieregio per school', en: 'Holiday region per school' },
  noRegion: { nl: 'niet ingesteld (telt als Midden)', en: 'not set (counts as Middle)' },
  none: { nl: 'Nog geen studiedagen.', en: 'No study days yet.' },
  date: { nl: 'Datum', en: 'Date' },
  title: { nl: 'Omschrijving', en: 'Description' },
  titleHint: { nl: 'Bijvoorbeeld "Studiedag team".', en: 'For example "Team study day".' },
  add: { nl: 'Studiedag toevoegen', en: 'Add a study day' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  removeLabel: (title: string, date: string): Localized => ({ nl: `Studiedag ${title} op ${date} verwijderen`, en: `Remove study day ${title} on ${date}` }),
  dateMissing: { nl: 'Kies een datum.', en: 'Choose a date.' },
  titleMissing: { nl: 'Geef de studiedag een omschrijving.', en: 'Describe the study day.' },
};

const FIELDS = ['/date', '/title'] as const;
const PLAINER = {
  '/date': { keywords: ['maxLength', 'required'], message: T.dateMissing },
  '/title': { keywords: ['minLength', 'required'], message: T.titleMissing },
};

const longDate = (date: string, lang: 'nl' | 'en') =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A bestuur's studiedagen in the admin's schools page: the region of each of its schools (a school without one
 * counts as Midden), the days by date with a remove button each, and a form to add one. The server checks the
 * date and refuses a second day on the same date; its messages land next to the field.
 */
export function StudyDays({ bestuur }: { bestuur: Organisation }) {
  const { lang } = useLang();
  const days = useQuery(studyDaysQuery(bestuur.id));
  const organisations = useQuery(organisationsQuery);
  const schools = (organisations.data ?? []).filter((o) => o.kind === 'school' && o.parentId === bestuur.id);
  const add = useAddStudyDay(bestuur.id);
  const remove = useRemoveStudyDay(bestuur.id);
  const { form, general, text, send } = useServerForm(FIELDS, PLAINER);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(async () => {
      await add.mutateAsync({ date, title });
      setDate('');
      setTitle('');
    });
  };
  return (
    <section className="people-panel study-days" aria-labelledby={`study-days-${bestuur.id}`}>
      <h3 id={`study-days-${bestuur.id}`}>{textIn(T.heading, lang)}</h3>
      <p>{textIn(T.intro, lang)}</p>
      {schools.length > 0 && (
        <>
          <h4>{textIn(T.regions, lang)}</h4>
          <ul className="study-days__regions">
            {schools.map((s) => (
              <li key={s.id}>{s.name}: {s.region ? textIn(PEOPLE_TEXT.regions[s.region], lang) : textIn(T.noRegion, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {days.error && <p role="alert" className="start__problem">{days.error.message}</p>}
      {days.data?.length === 0 && <p>{textIn(T.none, lang)}</p>}
      {days.data && days.data.length > 0 && (
        <ul className="people-members study-days__list">
          {days.data.map((d) => (
            <li key={d.id} className="people-member">
              <span className="people-member__who"><strong>{longDate(d.date, lang)}</strong></span>
              <span className="people-member__role">{d.title}</span>
              <button type="button" className="button button--secondary people-member__revoke" disabled={remove.isPending}
                aria-label={textIn(T.removeLabel(d.title, longDate(d.date, lang)), lang)} onClick={() => remove.mutate(d.id)}>
                {textIn(T.remove, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.error && <p role="alert" className="start__problem">{remove.error.message}</p>}
      <form ref={form} className="people-form people-form--inline" onSubmit={submit} noValidate>
        <h4>{textIn(T.add, lang)}</h4>
        {general && <p className="invite-form__problem" role="alert">{textIn(general, lang)}</p>}
        <Field id={`study-day-date-${bestuur.id}`} label={textIn(T.date, lang)} error={text('/date')}>
          {(aria) => <input {...aria} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id={`study-day-title-${bestuur.id}`} label={textIn(T.title, lang)} hint={textIn(T.titleHint, lang)} error={text('/title')}>
          {(aria) => <input {...aria} type="text" required maxLength={200} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <div className="people-form__actions">
          <button type="submit" className="button" disabled={add.isPending}>{textIn(T.add, lang)}</button>
        </div>
      </form>
    </section>
  );
}
