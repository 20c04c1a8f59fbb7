import type { JsonObject } from '@koers/engine';
import type { EditorProps } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { DeclarationsEditor } from './DeclarationsEditor';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { NumberField } from './NumberField';
import { RolesEditor } from './RolesEditor';
import { problemsByStep } from './step-rows';
import { typeText } from './type-texts';

/** The type's own declarations, edited in place: title, description, roles, budgets, counters, variables, dates, capacity. */
export function TypePanel({ bundle, onChange, lang, problems }: EditorProps) {
  const t = (key: Parameters<typeof typeText>[0]) => typeText(key, lang);
  const def = bundle.definition;
  const capacity = (def.capacity ?? undefined) as JsonObject | undefined;
  const mine = problemsByStep(problems).type;
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
      <RolesEditor bundle={bundle} onChange={onChange} lang={lang} />
      {(['budgets', 'counters', 'variables', 'dates'] as const).map((kind) => (
        <DeclarationsEditor key={kind} kind={kind} bundle={bundle} onChange={onChange} lang={lang} />
      ))}
      <section className="process-decl" aria-labelledby="process-capacity">
        <h3 id="process-capacity">{t('capacity')}</h3>
        <NumberField label={t('capacityMax')} value={capacity?.max} min={1} onChange={setCapacityMax} />
        {capacity && (
          <LocalizedField label={t('capacityMessage')} value={localizedOf(capacity.message)}
            onChange={(l, v) => onChange(setInDefinition(bundle, ['capacity', 'message', l], v))} />
        )}
      </section>
    </section>
  );
}
