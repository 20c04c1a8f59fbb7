import type { Lang } from '@koers/engine';

/** The admin section's own texts: its menu and the page for those who are not administrators. */
export const SECTION_TEXT = {
  admin: { nl: 'Beheer', en: 'Admin' },
  nav: { nl: 'Beheermenu', en: 'Admin menu' },
  types: { nl: 'Trajectsoorten', en: 'Trajectory types' },
  people: { nl: 'Scholen en mensen', en: 'Schools and people' },
  mail: { nl: 'Mail', en: 'Mail' },
  apiDocs: { nl: 'API-documentatie', en: 'API documentation' },
  forbiddenTitle: { nl: 'Alleen voor beheerders', en: 'Administrators only' },
  forbiddenText: {
    nl: 'Dit deel van Koers is voor beheerders: hier worden trajectsoorten en hun formulieren gebouwd en gepubliceerd, en scholen en mensen beheerd. Uw account is geen beheerder.',
    en: 'This part of Koers is for administrators: trajectory types and their forms are built and published here, and schools and people are managed. Your account is not an administrator.',
  },
  forbiddenWhat: {
    nl: 'Hebt u dit wel nodig? Vraag een beheerder van Koers in uw organisatie om u beheerder te maken. Uw eigen trajecten en de gepubliceerde trajectsoorten kunt u gewoon bekijken.',
    en: 'Do you need this? Ask a Koers administrator in your organisation to make you an administrator. You can still see your own trajectories and the published trajectory types.',
  },
  toTrajectories: { nl: 'Naar mijn trajecten', en: 'To my trajectories' },
  toTypes: { nl: 'Trajectsoorten bekijken', en: 'View trajectory types' },
} satisfies Record<string, Record<Lang, string>>;
