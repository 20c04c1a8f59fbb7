import type { JsonObject } from '@koers/engine';
import type { Bundle } from './bundle';
import { setInDefinition } from './edit';

/** The type's `groups` block (raw JSON), or undefined when the type works without groups. */
export function groupsOf(bundle: Bundle): JsonObject | undefined {
  const groups = bundle.definition.groups;
  return groups !== null && typeof groups === 'object' && !Array.isArray(groups) ? groups : undefined;
}

/** A first `groups` block: a name, the join step left for the author to choose (the linter names it till then). */
export function enableGroups(bundle: Bundle, on: boolean): Bundle {
  if (!on) return setInDefinition(bundle, ['groups'], undefined);
  return setInDefinition(bundle, ['groups'], {
    title: { nl: 'Groep', en: 'Group' },
    size: { min: 2, max: 7 },
    join: { step: '', event: '' },
    meetings: {},
  });
}

/** A new meeting kind with its key as title. */
export const addMeetingKind = (bundle: Bundle, key: string) =>
  setInDefinition(bundle, ['groups', 'meetings', key], { title: { nl: key, en: key } });
