import { useId } from 'react';
import type { JsonObject, JsonValue, Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { setInDefinition, stateAt } from '../model/edit';
import { addMeetingKind, enableGroups, groupsOf } from '../model/groups';
import { STATE_KEY } from '../model/states';
import { eventNames } from '../model/transitions';
import { Checklist, LocalizedField } from './fields';
import { GroupMeetingEditor } from './GroupMeetingEditor';
import { groupsText } from './groups-texts';
import { localizedOf } from './localized';
import { NewKey } from './NewKey';
import { NumberField } from './NumberField';
import { stepRows } from './step-rows';
import { typeText } from './type-texts';

/**
 * The type's `groups` block: the group's name, size ("vol = vol"), lead roles, capacity per programme year, the
 * step and event of placing a school in a group, and the shared meetings with their attendance rules. Every
 * field writes the JSON directly (the JSON tab stays the source of truth).
 */
export function GroupsEditor({ bundle, onChange, lang }: { bundle: Bundle; onChange: (next: Bundle) => void; lang: Lang }) {
  const t = (key: Parameters<typeof groupsText>[0], vars?: Record<string, string | number>) => groupsText(key, lang, vars);
  const id = useId();
  const groups = groupsOf(bundle);
  const set = (keys: (string | number)[], value: JsonValue | undefined) => onChange(setInDefinition(bundle, ['groups', ...keys], value));
  const roles = Object.entries((bundle.definition.roles ?? {}) as JsonObject)
    .map(([key, spec]) => ({ id: key, title: localizedOf((spec as JsonObject | null)?.title)[lang] || key }));
  const size = (groups?.size ?? {}) as JsonObject;
  const capacity = groups?.capacity as JsonObject | undefined;
  const join = (groups?.join ?? {}) as JsonObject;
  const joinStep = typeof join.step === 'string' ? join.step : '';
  const events = joinStep ? eventNames(stateAt(bundle, joinStep.split('.'))) : [];
  const meetings = (groups?.meetings ?? {}) as JsonObject;
  const leadRoles = Array.isArray(groups?.leadRoles) ? groups.leadRoles.filter((r): r is string => typeof r === 'string') : [];
  return (
    <section className="process-decl process-groups" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('heading')}</h3>
      <p className="process-muted">{t('help')}</p>
      <label className="process-checklist__item">
        <input type="checkbox" checked={groups !== undefined} onChange={(e) => onChange(enableGroups(bundle, e.target.checked))} />
        <span>{t('enabled')}</span>
      </label>
      {groups && (
        <>
          <LocalizedField label={t('title')} value={localizedOf(groups.title)} onChange={(l, v) => set(['title', l], v)} />
          <NumberField label={t('sizeMin')} value={size.min} min={1} onChange={(n) => set(['size', 'min'], n)} />
          <NumberField label={t('sizeMax')} value={size.max} min={1} onChange={(n) => set(['size', 'max'], n)} />
          <LocalizedField label={t('full')} value={localizedOf(groups.full)} onChange={(l, v) => set(['full', l], v)} />
          <Checklist label={t('leadRoles')} options={roles} chosen={leadRoles} empty={t('noRoles')}
            onToggle={(role, on) => set(['leadRoles'], on ? [...leadRoles, role] : leadRoles.filter((r) => r !== role))} />
          <NumberField label={t('perYear')} value={capacity?.perYear} min={1}
            onChange={(n) => set(n === undefined ? ['capacity'] : ['capacity', 'perYear'], n)} />
          {capacity && (
            <LocalizedField label={t('perYearMessage')} value={localizedOf(capacity.message)} onChange={(l, v) => set(['capacity', 'message', l], v)} />
          )}
          <div className="process-field">
            <label htmlFor={`${id}-step`}>{t('joinStep')}</label>
            <select id={`${id}-step`} value={joinStep} onChange={(e) => set(['join', 'step'], e.target.value)}>
              <option value="">{t('chooseStep')}</option>
              {stepRows(bundle, lang).map((row) => (
                <option key={row.path.join('.')} value={row.path.join('.')}>{'\u00a0\u00a0'.repeat(row.depth)}{row.title} ({row.path.join('.')})</option>
              ))}
            </select>
          </div>
          <div className="process-field">
            <label htmlFor={`${id}-event`}>{t('joinEvent')}</label>
            <input id={`${id}-event`} type="text" list={`${id}-events`} spellCheck={false} value={typeof join.event === 'string' ? join.event : ''}
              aria-describedby={`${id}-event-help`} onChange={(e) => set(['join', 'event'], e.target.value)} />
            <datalist id={`${id}-events`}>{events.map((name) => <option key={name} value={name} />)}</datalist>
            <p id={`${id}-event-help`} className="process-muted">{t('joinEventHelp')}</p>
          </div>
          <h4>{t('meetings')}</h4>
          {Object.entries(meetings).map(([key, spec]) => (
            <GroupMeetingEditor key={key} kind={key} spec={(spec ?? {}) as JsonObject} bundle={bundle} roles={roles} lang={lang}
              onSet={(keys, value) => set(['meetings', key, ...keys], value)} onRemove={() => set(['meetings', key], undefined)} />
          ))}
          <NewKey what={t('meetingKey')} lang={lang} onAdd={(key) => onChange(addMeetingKind(bundle, key))}
            problem={(key) => (!STATE_KEY.test(key) ? { nl: typeText('keyRule', 'nl'), en: typeText('keyRule', 'en') }
              : Object.hasOwn(meetings, key) ? { nl: typeText('keyTaken', 'nl', { key }), en: typeText('keyTaken', 'en', { key }) } : undefined)} />
        </>
      )}
    </section>
  );
}
