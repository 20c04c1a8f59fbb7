import { useState } from 'react';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import type { GroupView } from '../../api/groups';
import { useLang } from '../../i18n/lang';
import { useMembership } from '../../queries/groups';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { groupText } from './texts';

const schoolName = (m: { school: { name: string }; label: string | null }) => (m.label ? `${m.school.name} (${m.label})` : m.school.name);

/** The member schools, where each stands (step, over time, open flags), and adding or removing one. */
export function GroupMembers({ group }: { group: GroupView }) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const membership = useMembership(group.id);
  const [pick, setPick] = useState('');
  const error = membership.error;
  // A 409 group-full carries the type's own "vol = vol" message in Dutch and English.
  const problem = !error ? undefined : error instanceof ApiFailure ? textIn(error.error.message, lang) : String(error);
  return (
    <section className="group__members" aria-labelledby="group-members">
      <h2 id="group-members">{t('members')}</h2>
      <div className="group__table-wrap">
        <table className="group__table group__table--members">
          <thead><tr><th scope="col">{t('school')}</th><th scope="col">{t('step')}</th><th scope="col">{t('flags')}</th><th scope="col"><span className="visually-hidden">{t('remove')}</span></th></tr></thead>
          <tbody>
            {group.members.map((m) => (
              <tr key={m.trajectoryId}>
                <th scope="row"><Link to={to.trajectory(m.trajectoryId)}>{schoolName(m)}</Link></th>
                <td data-label={t('step')}>
                  {m.status === 'done' ? t('done') : m.steps.map((s) => textIn(s.title, lang)).join(', ')}
                </td>
                <td data-label={t('flags')}>{m.openFlags > 0 ? <span className="group__flag"><span aria-hidden="true">⚑ </span>{t('flagsN', { n: m.openFlags })}</span> : '–'}</td>
                <td>
                  {group.canManage && <button type="button" className="button button--secondary" disabled={membership.isPending}
                    aria-label={t('removeLabel', { school: schoolName(m) })}
                    onClick={() => membership.mutate({ trajectoryId: m.trajectoryId, remove: true })}>{t('remove')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group.canManage && <form className="group__add" onSubmit={(e) => {
        e.preventDefault();
        if (pick) membership.mutate({ trajectoryId: pick }, { onSuccess: () => setPick('') });
      }}>
        {group.eligible.length === 0 ? <p>{t('noEligible')}</p> : (
          <>
            <label>
              <span>{t('addLabel')}</span>
              <select value={pick} onChange={(e) => setPick(e.target.value)}>
                <option value="">{t('addPlaceholder')}</option>
                {group.eligible.map((e) => <option key={e.trajectoryId} value={e.trajectoryId}>{schoolName(e)}</option>)}
              </select>
            </label>
            <button type="submit" className="button" disabled={!pick || membership.isPending}>{t('add')}</button>
          </>
        )}
        {group.capacity.full && <p className="group__full">{group.capacity.fullMessage ? textIn(group.capacity.fullMessage, lang) : t('full')}</p>}
      </form>}
      {problem && <p role="alert" className="groups__problem">{problem}</p>}
    </section>
  );
}
