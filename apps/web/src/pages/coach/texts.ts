import { textTable } from '../../i18n/messages';

/** What the coach's first screen (every school across every type) and a type's version filter say, Dutch first. */
export const coachText = textTable({
  allTypes: { nl: 'Alle trajectsoorten', en: 'All trajectory types' },
  matrixIntro: {
    nl: 'Al uw scholen over alle trajectsoorten: per school waar elk traject staat, hoeveel dagen over tijd en op wie het wacht. De meest urgente school staat bovenaan.',
    en: 'All your schools across every trajectory type: per school where each trajectory stands, how many days overdue and whom it waits for. The most urgent school is at the top.',
  },
  matrixHeading: { nl: 'Scholen per trajectsoort', en: 'Schools per trajectory type' },
  matrixCaption: { nl: 'Scholen per trajectsoort, meest urgent eerst', en: 'Schools per trajectory type, most urgent first' },
  matrixTotals: { nl: '{schools} scholen · {active} lopende trajecten', en: '{schools} schools · {active} active trajectories' },
  matrixShown: { nl: '{shown} van {total} scholen', en: '{shown} of {total} schools' },
  matrixNone: { nl: 'Geen scholen die aan het filter voldoen.', en: 'No schools match the filter.' },
  matrixEmpty: { nl: 'Er lopen nog geen trajecten bij uw scholen.', en: 'No trajectories are running at your schools yet.' },
  typeDetail: { nl: 'Alles over {type}', en: 'All about {type}' },
  typeColumn: { nl: '{active} lopend · {overdue} over tijd', en: '{active} active · {overdue} overdue' },
  noTrajectory: { nl: 'geen traject', en: 'no trajectory' },
  daysLate: { nl: '{n} dagen over tijd', en: '{n} days overdue' },
  dayLate: { nl: '1 dag over tijd', en: '1 day overdue' },
  dueToday: { nl: 'termijn vandaag verstreken', en: 'due date passed today' },
  daysIn: { nl: '{days} van {expected} dagen in de stap', en: '{days} of {expected} days in the step' },
  daysInOnly: { nl: '{days} dagen in de stap', en: '{days} days in the step' },
  waitsFor: { nl: 'Wacht op:', en: 'Waiting for:' },
  waitsForNobody: { nl: 'Wacht op niemand (automatisch)', en: 'Waiting for nobody (automatic)' },
  versionOf: { nl: 'versie {n}', en: 'version {n}' },
  backToAll: { nl: 'Alle scholen over alle trajectsoorten', en: 'All schools across every type' },
  versionFilter: { nl: 'Versie', en: 'Version' },
  allVersions: { nl: 'Alle versies ({n} lopend)', en: 'All versions ({n} active)' },
  oneVersion: { nl: 'Versie {version} ({n} lopend)', en: 'Version {version} ({n} active)' },
  colVersion: { nl: 'Versie', en: 'Version' },
});
