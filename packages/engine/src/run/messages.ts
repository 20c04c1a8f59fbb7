import type { RejectionReason } from '../errors';
import type { Localized } from '../format/types';

const MESSAGES: Record<RejectionReason, Localized> = {
  'definition-mismatch': {
    nl: 'Dit traject hoort bij een andere versie van de trajectsoort.',
    en: 'This trajectory belongs to another version of the trajectory type.',
  },
  'trajectory-finished': { nl: 'Dit traject is afgerond.', en: 'This trajectory is finished.' },
  'unknown-event': { nl: 'Deze actie bestaat niet in deze trajectsoort.', en: 'This action does not exist in this trajectory type.' },
  'not-in-step': { nl: 'Deze actie kan niet in de huidige stap.', en: 'This action is not possible in the current step.' },
  'role-forbidden': { nl: 'Uw rol mag deze actie niet uitvoeren.', en: 'Your role may not perform this action.' },
  'form-missing': { nl: 'Het formulier van deze stap ontbreekt.', en: 'The form of this step is missing.' },
  'form-invalid': { nl: 'Het formulier bevat fouten.', en: 'The form contains errors.' },
  'required-missing': { nl: 'Vul eerst de verplichte velden in.', en: 'Fill in the required fields first.' },
  'guard-false': {
    nl: 'De voorwaarden voor deze actie zijn (nog) niet vervuld.',
    en: 'The conditions for this action are not (yet) met.',
  },
  'capacity-full': { nl: 'Deze trajectsoort is vol.', en: 'This trajectory type is full.' },
};

export function rejectionMessage(reason: RejectionReason): Localized {
  return MESSAGES[reason];
}
