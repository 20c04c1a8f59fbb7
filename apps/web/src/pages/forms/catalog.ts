import type { FormDefinition } from '@koers/engine';
import { forms as formTitles, types as trajectoryTypes } from 'virtual:koers-catalog';
import { formIdOf, groupForms, type FormEntry } from './group';

export type { FormEntry, FormGroup } from './group';

// The list needs only titles (from the build-time catalog); each whole form is its own chunk, loaded when opened.
const titles = new Map(formTitles.map((f) => [f.id, f.title]));
const loaders = import.meta.glob<FormDefinition>('../../../../../forms/*.json', { import: 'default' });

export const FORMS: FormEntry[] = Object.keys(loaders).sort().map((file) => ({
  id: formIdOf(file),
  file: `forms/${formIdOf(file)}.json`,
  title: titles.get(formIdOf(file)) ?? { nl: formIdOf(file), en: formIdOf(file) },
  load: loaders[file]!,
}));

export const GROUPS = groupForms(trajectoryTypes, FORMS);
export const FORMS_BY_ID = new Map(FORMS.map((f) => [f.id, f]));
