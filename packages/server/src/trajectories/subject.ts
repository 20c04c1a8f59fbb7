import { type TrajectoryDefinition, subjectOf } from '@koers/engine';
import type { Organisation } from '@koers/store';
import { Unprocessable } from '../errors';

/** The longest label a trajectory carries. */
export const LABEL_MAX = 80;

/** 422: a bestuur type started at a school, a school type at a bestuur, or a group type at either. */
export function subjectMismatch(def: Pick<TrajectoryDefinition, 'subject' | 'title'>, place: Pick<Organisation, 'name' | 'kind'>): Unprocessable {
  if (subjectOf(def) === 'group') return placeMissing(def);
  const message = subjectOf(def) === 'bestuur' ? {
    nl: `"${def.title.nl}" is een traject voor een bestuur; ${place.name} is een school. Start het bij het bestuur.`,
    en: `"${def.title.en}" is a trajectory for a bestuur; ${place.name} is a school. Start it at the bestuur.`,
  } : {
    nl: `"${def.title.nl}" is een traject voor een school; ${place.name} is een bestuur. Start het bij een van zijn scholen.`,
    en: `"${def.title.en}" is a trajectory for a school; ${place.name} is a bestuur. Start it at one of its schools.`,
  };
  return new Unprocessable(message, [{ path: '/schoolId', message }], '/schoolId');
}

/** 422: a start without the place its type's trajectories belong to (`schoolId`, or `groupId` for a group type). */
export function placeMissing(def: Pick<TrajectoryDefinition, 'subject' | 'title'>): Unprocessable {
  const subject = subjectOf(def);
  const [path, message] = subject === 'group' ? ['/groupId', {
    nl: `"${def.title.nl}" is een traject voor een groep scholen: start het voor een groep (groupId), niet bij een school of bestuur.`,
    en: `"${def.title.en}" is a trajectory for a group of schools: start it for a group (groupId), not at a school or bestuur.`,
  }] as const : ['/schoolId', {
    nl: `"${def.title.nl}" is een traject voor ${subject === 'bestuur' ? 'een bestuur' : 'een school'}: geef ${subject === 'bestuur' ? 'het bestuur' : 'de school'} (schoolId), geen groep.`,
    en: `"${def.title.en}" is a trajectory for a ${subject}: give the ${subject} (schoolId), not a group.`,
  }] as const;
  return new Unprocessable(message, [{ path, message }], path);
}

/** The start's label, trimmed (null for none); 422 when the type requires one and none is given. */
export function startLabel(def: Pick<TrajectoryDefinition, 'label'>, given: string | undefined): string | null {
  const label = given?.trim().replace(/\s+/g, ' ') ?? '';
  if (label.length > 0) return label;
  if (def.label?.required) {
    const message = {
      nl: `Geef dit traject een ${def.label.title.nl.toLowerCase()}: deze trajectsoort vraagt erom.`,
      en: `Give this trajectory a ${def.label.title.en.toLowerCase()}: this trajectory type requires one.`,
    };
    throw new Unprocessable(message, [{ path: '/label', message }], '/label');
  }
  return null;
}

/** 422: an active trajectory of this type at this school or bestuur already carries this label (or, unlabelled, none). */
export function labelTaken(def: Pick<TrajectoryDefinition, 'label' | 'title'>, place: Pick<Organisation, 'name'>, label: string | null): Unprocessable {
  const word = def.label?.title ?? { nl: 'Label', en: 'Label' };
  const message = label === null ? {
    nl: `${place.name} heeft al een lopend traject "${def.title.nl}" zonder ${word.nl.toLowerCase()}: geef dit traject een ${word.nl.toLowerCase()} om ze uit elkaar te houden.`,
    en: `${place.name} already has a running "${def.title.en}" trajectory without a ${word.en.toLowerCase()}: give this one a ${word.en.toLowerCase()} to tell them apart.`,
  } : {
    nl: `${place.name} heeft al een lopend traject "${def.title.nl}" met ${word.nl.toLowerCase()} "${label}": kies een ander.`,
    en: `${place.name} already has a running "${def.title.en}" trajectory with ${word.en.toLowerCase()} "${label}": choose another.`,
  };
  return new Unprocessable(message, [{ path: '/label', message }], '/label');
}
