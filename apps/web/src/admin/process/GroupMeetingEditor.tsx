import { useId } from 'react';
import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { Checklist, LocalizedField } from './fields';
import { groupsText } from './groups-texts';
import { localizedOf } from './localized';
import { NumberField } from './NumberField';

/** One kind of shared meeting: its name, form, the event sent to every member, and the attendance rule per school. */
export function GroupMeetingEditor({ kind, spec, bundle, roles, lang, onSet, onRemove }: {
  kind: string; spec: JsonObject; bundle: Bundle; roles: Array<{ id: string; title: string }>; lang: Lang;
  onSet: (keys: (string | number)[], value: JsonValue | undefined) => void; onRemove: () => void;
}) {
  const t = (key: Parameters<typeof groupsText>[0], vars?: Record<string, string | number>) => groupsText(key, lang, vars);
  const id = useId();
  const rule = spec.attendance as JsonObject | undefined;
  const ruleRoles = Array.isArray(rule?.roles) ? rule.roles.filter((r): r is string => typeof r === 'string') : [];
  const forms = bundle.forms.map((f) => ({ id: String(f.id), title: localizedOf(f.title)[lang] || String(f.id) }));
  return (
    <details className="process-decl__item">
      <summary>{localizedOf(spec.title)[lang] || kind} <code>{kind}</code></summary>
      <LocalizedField label={t('meetingTitle')} value={localizedOf(spec.title)} onChange={(l, v) => onSet(['title', l], v)} />
      <LocalizedField label={t('description')} value={localizedOf(spec.description)} multiline onChange={(l, v) => onSet(['description', l], v)} />
      <div className="process-field">
        <label htmlFor={`${id}-form`}>{t('form')}</label>
        <select id={`${id}-form`} value={typeof spec.form === 'string' ? spec.form : ''} onChange={(e) => onSet(['form'], e.target.value || undefined)}>
          <option value="">{t('noForm')}</option>
          {forms.map((f) => <option key={f.id} value={f.id}>{f.title}</option>)}
        </select>
      </div>
      <div className="process-field">
        <label htmlFor={`${id}-event`}>{t('event')}</label>
        <input id={`${id}-event`} type="text" spellCheck={false} value={typeof spec.event === 'string' ? spec.event : ''}
          aria-describedby={`${id}-event-help`} onChange={(e) => onSet(['event'], e.target.value || undefined)} />
        <p id={`${id}-event-help`} className="process-muted">{t('eventHelp')}</p>
      </div>
      <fieldset className="process-field">
        <legend>{t('attendance')}</legend>
        <label className="process-checklist__item">
          <input type="checkbox" checked={rule !== undefined}
            onChange={(e) => onSet(['attendance'], e.target.checked ? { min: 2, roles: [], severity: 'warning' } : undefined)} />
          <span>{t('attendanceOn')}</span>
        </label>
        {rule && (
          <>
            <NumberField label={t('attendanceMin')} value={rule.min} min={1} onChange={(n) => onSet(['attendance', 'min'], n)} />
            <Checklist label={t('attendanceRoles')} options={roles} chosen={ruleRoles} empty={t('noRoles')}
              onToggle={(role, on) => onSet(['attendance', 'roles'], on ? [...ruleRoles, role] : ruleRoles.filter((r) => r !== role))} />
            <div className="process-field">
              <label htmlFor={`${id}-sev`}>{t('severity')}</label>
              <select id={`${id}-sev`} value={rule.severity === 'error' ? 'error' : 'warning'} onChange={(e) => onSet(['attendance', 'severity'], e.target.value)}>
                <option value="warning">{t('warning')}</option>
                <option value="error">{t('error')}</option>
              </select>
            </div>
            <LocalizedField label={t('attendanceMessage')} value={localizedOf(rule.message)} onChange={(l, v) => onSet(['attendance', 'message', l], v)} />
          </>
        )}
      </fieldset>
      <button type="button" className="button button--secondary" onClick={onRemove}>{t('removeMeeting', { key: kind })}</button>
    </details>
  );
}
