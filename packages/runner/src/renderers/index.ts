import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { CategorizationTabsRenderer } from './CategorizationTabs';
import { ChoiceControlRenderer, OneOfChoiceControlRenderer } from './ChoiceControl';
import { FieldControlRenderer } from './FieldControl';
import { MultiChoiceControlRenderer } from './MultiChoiceControl';
import { RepeatableControlRenderer } from './RepeatableControl';
import { ScaleControlRenderer } from './ScaleControl';
import {
  categorizationTester,
  choiceTester,
  fieldTester,
  multiChoiceTester,
  oneOfChoiceTester,
  repeatableTester,
  scaleTester,
} from './testers';

/**
 * Our renderers on top of the vanilla set: vanilla keeps the layouts (vertical, horizontal, group, label) and
 * is the fallback for anything unusual; ours take every field type the shipped forms use.
 */
export const koersRenderers: JsonFormsRendererRegistryEntry[] = [
  ...vanillaRenderers,
  { tester: fieldTester, renderer: FieldControlRenderer },
  { tester: scaleTester, renderer: ScaleControlRenderer },
  { tester: choiceTester, renderer: ChoiceControlRenderer },
  { tester: oneOfChoiceTester, renderer: OneOfChoiceControlRenderer },
  { tester: multiChoiceTester, renderer: MultiChoiceControlRenderer },
  { tester: repeatableTester, renderer: RepeatableControlRenderer },
  { tester: categorizationTester, renderer: CategorizationTabsRenderer },
];

export const koersCells: JsonFormsCellRendererRegistryEntry[] = vanillaCells;
