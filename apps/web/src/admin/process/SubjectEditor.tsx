import type { JsonObject, Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { subjectText } from './subject-texts';

/** Whom the type's trajectories belong to (a school or a bestuur) and what their label names ("Klas", "Thema"). */
export function SubjectEditor({ bundle, onChange, lang }: { bundle: Bundle; onChange: (next: Bundle) => void; lang: Lang }) {
  const t = (key: keyof typeof subjectText) => subjectText[key][lang];
  const def = bundle.definition;
  const label = (def.label ?? undefined) as JsonObject | undefined;
  return (
    <section className="process-decl" aria-labelledby="process-subject">
      <h3 id="process-subject">{t('heading')}</h3>
      <div className="process-field">
        <label htmlFor="process-subject-select">{t('subject')}</label>
        <select id="process-subject-select" value={def.subject === 'bestuur' ? 'bestuur' : ''}
          onChange={(e) => onChange(setInDefinition(bundle, ['subject'], e.target.value || undefined))}>
          <option value="">{t('school')}</option>
          <option value="bestuur">{t('bestuur')}</option>
        </select>
        <p className="process-muted">{t('subjectHelp')}</p>
      </div>
      <label className="process-checklist__item">
        <input type="checkbox" checked={label !== undefined}
          onChange={(e) => onChange(setInDefinition(bundle, ['label'], e.target.checked ? { title: { nl: 'Label', en: 'Label' } } : undefined))} />
        <span>{t('hasLabel')}</span>
      </label>
      {label && (
        <>
          <LocalizedField label={t('labelTitle')} value={localizedOf(label.title)} onChange={(l, v) => onChange(setInDefinition(bundle, ['label', 'title', l], v))} />
          <LocalizedField label={t('labelDescription')} value={localizedOf(label.description)} multiline
            onChange={(l, v) => onChange(setInDefinition(bundle, ['label', 'description', l], v))} />
          <label className="process-checklist__item">
            <input type="checkbox" checked={label.required === true} onChange={(e) => onChange(setInDefinition(bundle, ['label', 'required'], e.target.checked ? true : undefined))} />
            <span>{t('labelRequired')}</span>
          </label>
        </>
      )}
    </section>
  );
}
