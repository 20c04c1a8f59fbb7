import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { groupListQuery } from '../../queries/groups';
import { typesQuery } from '../../queries/overview';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/location';
import { to, useGroupsSearch } from '../../routes/paths';
import { useDocumentTitle } from '../useDocumentTitle';
import { NewGroup } from './NewGroup';
import { groupText } from './texts';
import { programmeYearOf, yearsAround } from './year';
import './groups.css';

/**
 * `#/groepen`: the groups of a type in a programme year (`?soort=&jaar=`), each linking to its page, and "Nieuwe
 * groep" for administrators and the type's lead roles (the server decides; a refusal is shown as it says).
 */
export default function GroupsPage() {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  useDocumentTitle(t('groups'));
  const search = useGroupsSearch();
  const types = useQuery(typesQuery);
  const typeId = search.typeId ?? '';
  const year = search.year ?? programmeYearOf(new Date());
  const list = useQuery({ ...groupListQuery(typeId, year), enabled: typeId !== '' });
  // Only the types that work with groups; one alone is chosen at once.
  const groupTypes = types.data?.filter((type) => type.groupTitle !== null);
  const only = groupTypes?.length === 1 ? groupTypes[0]!.id : undefined;
  useEffect(() => {
    if (!typeId && only) navigate(to.groups({ typeId: only, year }), { replace: true });
  }, [typeId, only, year]);
  const error = types.error ?? list.error;
  const failure = error ? (error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error)) : undefined;
  return (
    <div className="page groups">
      <h1>{t('groups')}</h1>
      <p className="lead">{t('groupsIntro')}</p>
      <div className="groups__pickers">
        <label>
          <span>{t('type')}</span>
          <select value={typeId} onChange={(e) => navigate(to.groups({ typeId: e.target.value || undefined, year }), { replace: true })}>
            <option value="">{t('chooseType')}</option>
            {groupTypes?.map((type) => <option key={type.id} value={type.id}>{textIn(type.title, lang)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('year')}</span>
          <select value={year} onChange={(e) => navigate(to.groups({ typeId: typeId || undefined, year: e.target.value }), { replace: true })}>
            {yearsAround(year).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      </div>
      {failure && <p role="alert" className="groups__problem">{t('loadFailed', { reason: failure })}</p>}
      {groupTypes?.length === 0 && <p>{t('noGroupTypes')}</p>}
      {typeId && list.data && (
        <>
          {list.data.length === 0 ? <p>{t('none')}</p> : (
            <ul className="groups__list">
              {list.data.map((group) => (
                <li key={group.id} className="groups__card">
                  <Link to={to.group(group.id)} className="groups__name">{group.name}</Link>
                  <span>{t('membersN', { n: group.size })}{group.max !== null ? ` / ${group.max}` : ''}</span>
                  {group.leads.length > 0 && <span>{t('leads')}: {group.leads.map((l) => l.name ?? '–').join(', ')}</span>}
                </li>
              ))}
            </ul>
          )}
          <NewGroup typeId={typeId} year={year} />
        </>
      )}
    </div>
  );
}
