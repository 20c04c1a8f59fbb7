import { getIn, stateKeys } from '../model/edit';
import type { Bundle, Selection } from '../model/bundle';
import { DEFINITION_FILE, formFile, type BundleFile } from './json-text';
import { toPointer } from './pointer-locator';

/** Where a selection's JSON is: the file and the pointer in it. */
export interface FilePlace {
  file: BundleFile;
  pointer: string;
}

/**
 * The JSON of what is selected: a step's object, a transition's branch (in `on.<event>` or `always`, by index
 * when the branches are a list), a form or one of its fields (under the form's `schema`). Undefined for the
 * type as a whole and for a form the bundle does not have.
 */
export function selectionPlace(bundle: Bundle, selection: Selection): FilePlace | undefined {
  switch (selection.kind) {
    case 'type':
      return undefined;
    case 'step':
      return { file: DEFINITION_FILE, pointer: toPointer(stateKeys(selection.path)) };
    case 'transition': {
      const keys = [...stateKeys(selection.path), ...(selection.event === '' ? ['always'] : ['on', selection.event])];
      // One branch may be written without the list around it; then the branch is the value itself.
      const branches = getIn(bundle.definition, keys);
      if (Array.isArray(branches)) keys.push(String(selection.index));
      return { file: DEFINITION_FILE, pointer: toPointer(keys) };
    }
    case 'form': {
      const index = bundle.forms.findIndex((form) => form.id === selection.formId);
      if (index < 0) return undefined;
      return { file: formFile(index), pointer: selection.field ? `/schema${selection.field}` : '' };
    }
  }
}
