import type { Localized } from '@koers/engine';

/** The words of the subject, label and role-scope fields of the process editor. */
export const subjectText = {
  heading: { nl: 'Bij wie en welk label', en: 'Whose, and which label' },
  subject: { nl: 'Een traject van deze soort hoort bij', en: 'A trajectory of this type belongs to' },
  school: { nl: 'een school (standaard)', en: 'a school (default)' },
  bestuur: { nl: 'een bestuur', en: 'a board (bestuur)' },
  group: { nl: 'een groep scholen', en: 'a group of schools' },
  subjectHelp: {
    nl: 'Een bestuurstraject start bij het bestuur; rollen gelden dan bij het bestuur. Een groepstraject start op de groepspagina, voor een groep van de soort hieronder; rollen gelden op de scholen van de groep, of bij de begeleiders van de groep.',
    en: "A board trajectory starts at the board; roles then count at the board. A group trajectory starts on the group page, for a group of the type below; roles count at the group's schools, or with the group's leads.",
  },
  groupOf: { nl: 'De groepen van trajectsoort', en: 'The groups of trajectory type' },
  groupOfNone: { nl: '(kies een soort met groepen)', en: '(choose a type with groups)' },
  heldGroup: { nl: 'bij de begeleiders van de groep', en: "with the group's leads" },
  hasLabel: { nl: 'Trajecten hebben een label (bijvoorbeeld klas of thema)', en: 'Trajectories carry a label (for example class or theme)' },
  labelTitle: { nl: 'Wat het label noemt', en: 'What the label names' },
  labelDescription: { nl: 'Uitleg bij het label', en: 'About the label' },
  labelRequired: { nl: 'Elk traject moet een label hebben', en: 'Every trajectory must carry a label' },
  heldAt: { nl: 'Waar deze rol gehouden mag worden (niets aangevinkt: de standaard)', en: 'Where this role may be held (none ticked: the default)' },
  heldBestuur: { nl: 'bij het bestuur (geldt dan op al zijn scholen)', en: 'at the board (then it counts at all its schools)' },
  heldSchool: { nl: 'bij de school', en: 'at the school' },
  heldTrajectory: { nl: 'voor één traject', en: 'for one trajectory' },
  grantedBestuur: { nl: 'bestuur en beheer', en: 'board and administrators' },
} satisfies Record<string, Localized>;
