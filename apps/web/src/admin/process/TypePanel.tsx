import type { JsonObject } from '@koers/engine';
import type { EditorProps } from '../model/bundle';
import { setInDefinition, stateAt } from '../model/edit';
import { DeclarationsEditor } from './DeclarationsEditor';
import { GroupsEditor } from './GroupsEditor';
import { HolidayDueField } from './holiday-due';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { NumberField } from './NumberField';
import { RolesEditor } from './RolesEditor';
import { SubjectEditor } from './SubjectEditor';
import { StepStructure } from './StepStructure';
import { problemsByStep } from './step-rows';
import { typeText } from './type-texts';

/** The type's own declarations, edited in place: title, description, first step, roles, budgets, counters, variables, dates, capacity, groups. */
export function TypePanel(props: EditorProps) {
  const { bundle, onChange, lang, problems } = props;
  const t = (key: Parameters<typeof typeText>[0]) => typeText(key, lang);
  const def = bundle.definition;
  const capacity = (def.capacity ?? undefined) as JsonObject | undefined;
  const placed = problemsByStep(problems);
  const mine = [...placed.type, ...(placed.steps.get('') ?? [])];
  // The machine begins with one of its top-level steps, chosen here as a group step's first step is in its panel.
  const machine = stateAt(bundle, []);
  const setCapacityMax = (max: number | undefined) =>
    onChange(max === undefined ? setInDefinition(bundle, ['capacity'], undefined) : setInDefinition(bundle, ['capacity', 'max'], max));
  return (
    <section className="process-panel" aria-labelledby="process-type-heading">
      <h2 id="process-type-heading">{t('heading')}</h2>
      {mine.length > 0 && (
        <div className="process-problems" role="status">
          <h3>{t('typeProblems')}</h3>
          <ul>{mine.map((p, i) => <li key={i}><code>{p.code}</code> {p.message[lang]} <code>{p.pointer}</code></li>)}</ul>
        </div>
      )}
      <LocalizedField label={t('title')} value={localizedOf(def.title)} onChange={(l, v) => onChange(setInDefinition(bundle, ['title', l], v))} />
      <LocalizedField label={t('description')} value={localizedOf(def.description)} multiline
        onChange={(l, v) => onChange(setInDefinition(bundle, ['description', l], v))} />
      {machine && <StepStructure {...props} path={[]} state={machine} kind="compound" />}
      <SubjectEditor bundle={bundle} onChange={onChange} lang={lang} />
      <RolesEditor bundle={bundle} onChange={onChange} lang={lang} />
      {(['budgets', 'counters', 'variables', 'dates'] as const).map((kind) => (
        <DeclarationsEditor key={kind} kind={kind} bundle={bundle} onChange={onChange} lang={lang} />
      ))}
      <HolidayDueField bundle={bundle} onChange={onChange} lang={lang} />
      <section className="process-decl" aria-labelledby="process-capacity">
        <h3 id="process-capacity">{t('capacity')}</h3>
        <NumberField label={t('capacityMax')} value={capacity?.max} min={1} onChange={setCapacityMax} />
        {capacity && (
          <LocalizedField label={t('capacityMessage')} value={localizedOf(capacity.message)}
            onChange={(l, v) => onChange(setInDefinition(bundle, ['capacity', 'message', l], v))} />
        )}
      </section>
      <GroupsEditor bundle={bundle} onChange={onChange} lang={lang} />
    </section>
  );
}
