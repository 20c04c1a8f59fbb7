import type { Localized } from '@koers/engine';
import type { StartOption } from '../../api/start';

/** The words of starting a trajectory, Dutch first. */
export const START_TEXT = {
  open: { nl: 'Traject starten', en: 'Start a trajectory' },
  openAt: (school: string): Localized => ({ nl: `Traject starten bij ${school}`, en: `Start a trajectory at ${school}` }),
  title: (school: string): Localized => ({ nl: `Traject starten of aanmelden: ${school}`, en: `Start or register for a trajectory: ${school}` }),
  intro: {
    nl: 'Kies de trajectsoort. Het traject begint meteen in de eerste stap, op de nieuwste versie van de soort.',
    en: 'Choose the trajectory type. The trajectory starts right away in its first step, on the newest version of the type.',
  },
  typeLegend: { nl: 'Trajectsoort', en: 'Trajectory type' },
  start: { nl: 'Starten', en: 'Start' },
  starting: { nl: 'Bezig met starten…', en: 'Starting…' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  chooseType: { nl: 'Kies eerst een trajectsoort.', en: 'Choose a trajectory type first.' },
  loadFailed: { nl: 'Kon niet ophalen wat u hier kunt starten.', en: 'Could not fetch what you can start here.' },
  noLimit: { nl: 'Geen maximum aantal plaatsen.', en: 'No limit on places.' },
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;

/** "nog 3 plaatsen" / "vol: <the type's message>", or that the type has no limit. */
export function capacityText(option: StartOption): Localized {
  const c = option.capacity;
  if (!c) return START_TEXT.noLimit;
  if (c.left === 0) return { nl: `Vol: ${c.message.nl}`, en: `Full: ${c.message.en}` };
  return c.left === 1
    ? { nl: `Nog 1 plaats (van de ${c.max}).`, en: `1 place left (of ${c.max}).` }
    : { nl: `Nog ${c.left} plaatsen (van de ${c.max}).`, en: `${c.left} places left (of ${c.max}).` };
}
