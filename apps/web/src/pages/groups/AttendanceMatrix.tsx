import { textIn, type Localized } from '@koers/engine';
import type { GroupView } from '../../api/groups';
import { useLang } from '../../i18n/lang';
import { formatDate } from '../trajectories/format';
import { roleTitleIn } from './roles';
import { groupText } from './texts';

/**
 * School x meeting: in each cell who of the school was there (name and role); a cell that broke the meeting
 * kind's attendance rule says so in text (with the server's reason) as well as in colour. The rules of the kinds
 * held are listed above the table.
 */
export function AttendanceMatrix({ group, roles }: { group: GroupView; roles: Array<{ id: string; title: Localized }> }) {
  const { lang } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const roleTitle = roleTitleIn(roles, lang);
  const meetings = [...group.meetings].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const kindsHeld = group.meetingKinds.filter((k) => k.attendance && meetings.some((m) => m.kind === k.kind));
  return (
    <section className="group__matrix" aria-labelledby="group-matrix">
      <h2 id="group-matrix">{t('matrix')}</h2>
      {meetings.length === 0 ? <p>{t('noMeetings')}</p> : (
        <>
          <p className="group__muted">{t('matrixIntro')}</p>
          <ul className="group__rules">
            {kindsHeld.map((k) => <li key={k.kind}><strong>{textIn(k.title, lang)}</strong>: {textIn(k.attendance!.text, lang)}</li>)}
          </ul>
          <div className="group__table-wrap">
            <table className="group__table group__table--matrix">
              <thead>
                <tr>
                  <th scope="col">{t('school')}</th>
                  {meetings.map((m) => (
                    <th key={m.id} scope="col">{textIn(m.title, lang)}<br /><span className="group__muted">{formatDate(`${m.heldOn}T12:00:00Z`, lang)}</span></th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.members.map((member) => (
                  <tr key={member.trajectoryId}>
                    <th scope="row">{member.label ? `${member.school.name} (${member.label})` : member.school.name}</th>
                    {meetings.map((m) => {
                      const row = m.attendance.find((a) => a.trajectoryId === member.trajectoryId);
                      if (!row) return <td key={m.id} className="group__cell group__cell--none">{t('notMember')}</td>;
                      return (
                        <td key={m.id} className={row.complete ? 'group__cell' : 'group__cell group__cell--breaks'}>
                          {row.present.length === 0 ? t('nobody') : (
                            <ul>{row.present.map((p, i) => <li key={i}>{p.name} <span className="group__muted">({roleTitle(p.role)})</span></li>)}</ul>
                          )}
                          {!row.complete && (
                            <p className="group__breaks"><span aria-hidden="true">⚠ </span>{t('breaks')}{row.message ? `: ${textIn(row.message, lang)}` : ''}</p>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
