import { useQuery } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import { getMeetings, meetingIcsHref, meetingWhen } from '../../api/agenda';
import { useLang } from '../../i18n/lang';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { trajectoryKeys } from '../../queries/trajectories';
import './meetings.css';

const T = {
  heading: { nl: 'Afspraken', en: 'Meetings' },
  intro: {
    nl: 'Afspraken die in de formulieren van dit traject zijn vastgelegd.',
    en: 'Meetings fixed in the forms of this trajectory.',
  },
  download: { nl: 'Zet in agenda (.ics)', en: 'Add to calendar (.ics)' },
  downloadLabel: (title: string, when: string) => ({ nl: `Zet in agenda (.ics): ${title}, ${when}`, en: `Add to calendar (.ics): ${title}, ${when}` }),
  allDay: { nl: 'hele dag', en: 'all day' },
  feed: {
    nl: 'Alle afspraken van uw trajecten vanzelf in uw agenda? Maak een agenda-adres op de pagina Agenda.',
    en: 'All meetings of your trajectories in your calendar by themselves? Make a calendar address on the Calendar page.',
  },
};

/**
 * The meetings of a trajectory (startgesprek, voortgangsgesprek, groepsbijeenkomst: form fields marked as a
 * meeting), each with a download to put it in Outlook or Google Agenda. Nothing while there are none.
 */
export function Meetings({ trajectoryId, version }: { trajectoryId: string; version: number }) {
  const { lang } = useLang();
  // Under the trajectory's key with its version: a new event fetches the meetings again.
  const meetings = useQuery({ queryKey: [...trajectoryKeys.one(trajectoryId), 'meetings', version], queryFn: () => getMeetings(trajectoryId) });
  if (!meetings.data || meetings.data.length === 0) return null;
  return (
    <section className="trajectory__meetings" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{textIn(T.heading, lang)}</h2>
      <p className="trajectory__meetings-intro">{textIn(T.intro, lang)}</p>
      <ul className="trajectory__meetings-list">
        {meetings.data.map((m) => {
          const title = textIn(m.title, lang);
          const when = meetingWhen(m, lang);
          return (
            <li key={m.id}>
              <span className="trajectory__meeting-title">{title}</span>
              <span className="trajectory__meeting-when">{when}{m.allDay ? ` (${textIn(T.allDay, lang)})` : ''}</span>
              <a className="trajectory__meeting-ics" href={meetingIcsHref(trajectoryId, m.id)} download aria-label={textIn(T.downloadLabel(title, when), lang)}>
                {textIn(T.download, lang)}
              </a>
            </li>
          );
        })}
      </ul>
      <p className="trajectory__meetings-intro"><Link to={to.agenda}>{textIn(T.feed, lang)}</Link></p>
    </section>
  );
}
