import { useEffect, useState } from 'react';
import type { JsonObject, Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { deleteDeclaration, renameRole, roleIdProblem, usesOf } from '../model/declarations';
import { KeyField, LocalizedField } from './fields';
import { NewRole } from './NewRole';
import { localizedOf } from './localized';
import { processText } from './texts';
import { typeText } from './type-texts';
import { subjectText } from './subject-texts';

const LEVELS = ['bestuur', 'school', 'trajectory', 'group'] as const;
const LEVEL_TEXT = { bestuur: 'heldBestuur', school: 'heldSchool', trajectory: 'heldTrajectory', group: 'heldGroup' } as const;

/** The type's roles, each edited in place: id (renamed everywhere), title, description and what holders may do. */
export function RolesEditor({ bundle, onChange, lang }: { bundle: Bundle; onChange: (next: Bundle) => void; lang: Lang }) {
  const t = (key: Parameters<typeof typeText>[0], vars?: Record<string, string | number>) => typeText(key, lang, vars);
  const roles = Object.entries((bundle.definition.roles ?? {}) as JsonObject) as [string, JsonObject][];
  // The role just added opens, and its name takes the focus, so its details are where the user looks next.
  const [added, setAdded] = useState<string | undefined>(undefined);
  useEffect(() => { if (added) document.getElementById(`process-role-${added}`)?.focus(); }, [added]);
  const set = (id: string, keys: string[], value: JsonObject[string] | undefined) => onChange(setInDefinition(bundle, ['roles', id, ...keys], value));
  return (
    <section className="process-decl" aria-labelledby="process-roles">
      <h3 id="process-roles">{t('roles')}</h3>
      <p className="process-muted">{t('rolesHelp')}</p>
      {roles.map(([id, role]) => {
        const uses = usesOf(bundle, 'roles', id).length;
        return (
          <details key={id} className="process-decl__item" open={id === added ? true : undefined}>
            <summary id={`process-role-${id}`}>{localizedOf(role.title)[lang] || id} <code>{id}</code></summary>
            <KeyField label={t('roleId')} help={t('roleIdHelp')} value={id} button={processText('rename', lang)} lang={lang}
              problem={(next) => roleIdProblem(bundle, next, id)} onApply={(next) => onChange(renameRole(bundle, id, next))} />
            <LocalizedField label={t('title')} value={localizedOf(role.title)} onChange={(l, v) => set(id, ['title', l], v)} />
            <LocalizedField label={t('description')} value={localizedOf(role.description)} multiline
              onChange={(l, v) => set(id, ['description', l], v)} />
            {(['coach', 'invites'] as const).map((flag) => (
              <label key={flag} className="process-checklist__item">
                <input type="checkbox" checked={role[flag] === true} onChange={(e) => set(id, [flag], e.target.checked ? true : undefined)} />
                <span>{t(flag)}</span>
              </label>
            ))}
            <div className="process-field">
              <label htmlFor={`process-granted-${id}`}>{t('grantedBy')}</label>
              <select id={`process-granted-${id}`} value={typeof role.grantedBy === 'string' ? role.grantedBy : ''}
                onChange={(e) => set(id, ['grantedBy'], e.target.value || undefined)}>
                <option value="">{t('grantedDefault')}</option>
                <option value="school">{t('grantedSchool')}</option>
                <option value="bestuur">{subjectText.grantedBestuur[lang]}</option>
                <option value="admin">{t('grantedAdmin')}</option>
              </select>
            </div>
            <fieldset className="process-field">
              <legend>{subjectText.heldAt[lang]}</legend>
              {LEVELS.filter((level) => level !== 'group' || bundle.definition.subject === 'group' || (Array.isArray(role.heldAt) && role.heldAt.includes('group'))).map((level) => {
                const held = Array.isArray(role.heldAt) ? role.heldAt.filter((l): l is string => typeof l === 'string') : [];
                const next = (on: boolean) => LEVELS.filter((l) => (l === level ? on : held.includes(l)));
                return (
                  <label key={level} className="process-checklist__item">
                    <input type="checkbox" checked={held.includes(level)}
                      onChange={(e) => { const levels = next(e.target.checked); set(id, ['heldAt'], levels.length > 0 ? levels : undefined); }} />
                    <span>{subjectText[LEVEL_TEXT[level]][lang]}</span>
                  </label>
                );
              })}
            </fieldset>
            <button type="button" className="button button--secondary" disabled={uses > 0} onClick={() => onChange(deleteDeclaration(bundle, 'roles', id))}>
              {t('remove', { key: id })}
            </button>
            {uses > 0 && <p className="process-muted">{t('usedBy', { n: uses })}</p>}
          </details>
        );
      })}
      <NewRole bundle={bundle} lang={lang} onAdd={(next, id) => { onChange(next); setAdded(id); }} />
    </section>
  );
}
