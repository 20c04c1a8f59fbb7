import { type Localized, textIn } from '@koers/engine';
import { useLang } from '../i18n/lang';
import { CalendarFeedSettings } from './calendar-feed';
import { RequireSignIn } from './trajectories/RequireSignIn';
import { useDocumentTitle } from './useDocumentTitle';

const TITLE: Localized = { nl: 'Agenda', en: 'Calendar' };
const INTRO: Localized = {
  nl: 'De afspraken van een traject zet u één voor één in uw agenda vanaf de pagina van het traject ("Zet in agenda"). Hier maakt u een adres waarmee uw agenda ze allemaal bijhoudt.',
  en: 'You add a trajectory\'s meetings to your calendar one at a time from the trajectory\'s page ("Add to calendar"). Here you make an address with which your calendar keeps track of all of them.',
};

/** `#/agenda`: the reader's iCal feed on a page of its own. */
export default function AgendaPage() {
  const { lang } = useLang();
  useDocumentTitle(textIn(TITLE, lang));
  return (
    <RequireSignIn>
      <div className="page page--narrow">
        <h1>{textIn(TITLE, lang)}</h1>
        <p className="lead">{textIn(INTRO, lang)}</p>
        <CalendarFeedSettings />
      </div>
    </RequireSignIn>
  );
}
