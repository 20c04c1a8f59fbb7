import { useQuery } from '@tanstack/react-query';
import { type JsonObject, type Lang, textIn } from '@koers/engine';
import { typesQuery } from '../../queries/overview';
import type { Bundle } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { LocalizedField } from './fields';
import { localizedOf } from './localized';
import { subjectText } from './subject-texts';

/**
 * Whom the type's trajectories belong to (a school, a bestuur, or a group of another type's groups: `groupOf`) and
 * what their label names ("Klas", "Thema").
 */
export function SubjectEditor({ bundle, onChange, lang }: { bundle: Bundle; onChange: (next: Bundle) => void; lang: Lang }) {
  const t = (key: keyof typeof subjectText) => subjectText[key][lang];
  const def = bundle.definition;
  const subject = def.subject === 'bestuur' || def.subject === 'group' ? def.subject : '';
  const types = useQuery({ ...typesQuery, enabled: subject === 'group' });
  const grouped = (types.data ?? []).filter((type) => type.groupTitle !== null && type.id !== def.id);
  const groupOf = typeof def.groupOf === 'string' ? def.groupOf : '';
  const setSubject = (value: string) => {
    const next = setInDefinition(bundle, ['subject'], value || undefined);
    onChange(value === 'group' ? next : setInDefinition(next, ['groupOf'], undefined));
  };
  const label = (def.label ?? undefined) as JsonObject | undefined;
  return (
    <section className="process-decl" aria-labelledby="process-subject">
      <h3 id="process-subject">{t('heading')}</h3>
      <div className="process-field">
        <label htmlFor="process-subject-select">{t('subject')}</label>
        <select id="process-subject-select" value={subject} onChange={(e) => setSubject(e.target.value)}>
          <option value="">{t('school')}</option>
          <option value="bestuur">{t('bestuur')}</option>
          <option value="group">{t('group')}</option>
        </select>
        <p className="process-muted">{t('subjectHelp')}</p>
      </div>
      {subject === 'group' && (
        <div className="process-field">
          <label htmlFor="process-group-of">{t('groupOf')}</label>
          <select id="process-group-of" value={groupOf} onChange={(e) => onChange(setInDefinition(bundle, ['groupOf'], e.target.value || undefined))}>
            <option value="">{t('groupOfNone')}</option>
            {groupOf && !grouped.some((type) => type.id === groupOf) && <option value={groupOf}>{groupOf}</option>}
            {grouped.map((type) => <option key={type.id} value={type.id}>{textIn(type.title, lang)} ({textIn(type.groupTitle!, lang)})</option>)}
          </select>
        </div>
      )}
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
