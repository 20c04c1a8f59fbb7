import { textTable } from '../../i18n/messages';

/** What the coach overview and the trajectory page say about time (due dates, timers, reminders), Dutch first. */
export const timeText = textTable({
  upcoming: { nl: 'Komende {days} dagen', en: 'Next {days} days' },
  upcomingIntro: { nl: 'Termijnen van stappen en timers die afgaan, vroegste eerst.', en: 'Step due dates and timers that will fire, earliest first.' },
  upcomingNone: { nl: 'Geen termijnen of timers in de komende {days} dagen.', en: 'No due dates or timers in the next {days} days.' },
  showAll: { nl: 'Toon alle {n}', en: 'Show all {n}' },
  showFewer: { nl: 'Toon minder', en: 'Show fewer' },
  dueKind: { nl: 'Termijn', en: 'Due' },
  timerKind: { nl: 'Timer', en: 'Timer' },
  goesTo: { nl: 'gaat naar {steps}', en: 'moves to {steps}' },
  staysIn: { nl: 'blijft in {step}', en: 'stays in {step}' },
  remindersSent: { nl: '{n} herinneringen verstuurd', en: '{n} reminders sent' },
  reminderSent: { nl: '1 herinnering verstuurd', en: '1 reminder sent' },
  reminders: { nl: '{n} herinneringen', en: '{n} reminders' },
  reminder: { nl: '1 herinnering', en: '1 reminder' },
  escalations: { nl: '{n} escalaties', en: '{n} escalations' },
  escalation: { nl: '1 escalatie', en: '1 escalation' },
  lastSent: { nl: 'laatste {date}', en: 'last {date}' },
  undelivered: { nl: '{n} herinneringen niet bezorgd: niemand heeft de rol {roles}', en: '{n} reminders not delivered: nobody holds the role {roles}' },
  undeliveredOne: { nl: '1 herinnering niet bezorgd: niemand heeft de rol {roles}', en: '1 reminder not delivered: nobody holds the role {roles}' },
  timeHeading: { nl: 'Termijnen', en: 'Due dates' },
  nextDue: { nl: 'Volgende termijn', en: 'Next due date' },
  dueMissed: { nl: 'Termijn verstreken', en: 'Due date passed' },
  noNextDue: { nl: 'Geen: de huidige stap heeft geen termijn.', en: 'None: the current step has no due date.' },
  timers: { nl: 'Timers die afgaan', en: 'Timers that will fire' },
  regionAssumed: {
    nl: 'Geen vakantieregio ingesteld: Koers rekent met regio Midden. Bij een school stelt een beheerder de regio in; een bestuur of een groep heeft er geen.',
    en: 'No holiday region set: Koers uses the Middle region (midden). For a school an administrator sets the region; a board or a group has none.',
  },
  region: { nl: 'Schoolkalender: regio {region}', en: 'School calendar: region {region}' },
});

/** A count in words with its singular form: "1 herinnering", "3 herinneringen". */
export function countText(n: number, one: Parameters<typeof timeText>[0], many: Parameters<typeof timeText>[0], lang: 'nl' | 'en'): string {
  return n === 1 ? timeText(one, lang) : timeText(many, lang, { n });
}

