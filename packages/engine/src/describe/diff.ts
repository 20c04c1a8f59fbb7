import type { JsonObject } from '../format/types';
import { diffForms } from './diff-forms';
import { stepChanges } from './diff-steps';
import { changedParts, keyed, objectAt, sentence, titleOf, type BundleChange, type BundleJson } from './diff-util';

export type { BundleChange, BundleJson, ChangeSubject } from './diff-util';

/**
 * What changed from one version of a type to the next, as steps, events, roles, forms and fields added, removed
 * or changed (not a JSON diff): the admin shows it before publishing and when two drafts clash. `before`
 * undefined: everything is new. Key order and the version number are not changes.
 * @example diffBundles(published, draft).map((c) => c.description.nl) // ['Stap "Intake" gewijzigd: titel']
 */
export function diffBundles(before: BundleJson | undefined, after: BundleJson): BundleChange[] {
  const old = before ?? { definition: {}, forms: [] };
  return [
    ...typeChanges(old.definition, after.definition),
    ...stepChanges(old.definition, after.definition),
    ...diffForms(old.forms, after.forms),
  ];
}

function typeChanges(a: JsonObject, b: JsonObject): BundleChange[] {
  const changes: BundleChange[] = [];
  const parts = changedParts(a, b, [['title', ['title']], ['description', ['description']], ['budgets', ['budgets']],
    ['counters', ['counters']], ['variables', ['variables']], ['dates', ['dates']], ['capacity', ['capacity']], ['calendar', ['calendar']]],
  ['$schema', 'version', 'id', 'roles', 'machine']);
  if (parts.length > 0 && Object.keys(a).length > 0) {
    changes.push({ change: 'changed', subject: 'type', parts, description: sentence('type', titleOf(b.title, ''), 'changed', parts) });
  }
  keyed(objectAt(a.roles), objectAt(b.roles), (id, before, after, change) => {
    const name = titleOf(objectAt(after ?? before).title, id);
    const rParts = change === 'changed' ? changedParts(objectAt(before), objectAt(after), [['title', ['title']], ['description', ['description']]]) : [];
    changes.push({ change, subject: 'role', role: id, parts: rParts, description: sentence('role', name, change, rParts) });
  });
  return changes;
}

