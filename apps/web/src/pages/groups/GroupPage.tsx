import { useQuery } from '@tanstack/react-query';
import { textIn } from '@koers/engine';
import { ApiFailure } from '../../api/client';
import { groupDiagramHref } from '../../api/groups';
import { useLang } from '../../i18n/lang';
import { groupQuery } from '../../queries/groups';
import { Link } from '../../routes/Link';
import { to, usePageParams } from '../../routes/paths';
import { ImageDiagram } from '../diagram/ImageDiagram';
import { Missing } from '../Missing';
import { formatDate } from '../trajectories/format';
import { useDocumentTitle } from '../useDocumentTitle';
import { AttendanceMatrix } from './AttendanceMatrix';
import { GroupMembers } from './GroupMembers';
import { GroupTrajectories } from './GroupTrajectories';
import { RecordMeeting } from './RecordMeeting';
import { useTypeRoles } from './roles';
import { groupText } from './texts';
import './groups.css';

/**
 * `#/groepen/<id>`, the procesbegeleider's group page: the member schools and where each stands, the next
 * meeting, recording a shared meeting once with who of each school was there, the attendance matrix with the
 * type's rule, and the type's diagram with the members on it.
 */
export default function GroupPage() {
  const { id } = usePageParams('/groepen/:id');
  const { lang, appText } = useLang();
  const t = (key: Parameters<typeof groupText>[0], vars?: Record<string, string | number>) => groupText(key, lang, vars);
  const group = useQuery(groupQuery(id));
  const roles = useTypeRoles(group.data?.type.id);
  useDocumentTitle(group.data ? `${group.data.name} · ${t('groups')}` : t('groups'));

  if (group.error) {
    const missing = group.error instanceof ApiFailure && (group.error.status === 404 || group.error.status === 403);
    const reason = group.error instanceof ApiFailure ? textIn(group.error.error.message, lang) : String(group.error);
    return <Missing title={t('notFound')} text={t('notFoundText')} failure={missing ? undefined : t('loadFailed', { reason })} />;
  }
  const g = group.data;
  if (!g) return <p className="app-loading">{appText('loading')}</p>;
  const dateOf = (date: string) => formatDate(date.length === 10 ? `${date}T12:00:00Z` : date, lang);
  return (
    <div className="page group">
      <p className="group__back"><Link to={to.groups({ typeId: g.type.id, year: g.programmeYear })}>{t('back')}</Link></p>
      <h1>{g.name}</h1>
      <p className="lead">
        {textIn(g.groupTitle, lang)} · {textIn(g.type.title, lang)} · {g.programmeYear}
        {' · '}{t('size', { n: g.size, min: g.min ?? '–', max: g.max ?? '–' })}
        {g.leads.length > 0 && <> · {t('leads')}: {g.leads.map((l) => l.name ?? '–').join(', ')}</>}
      </p>
      <section className="group__next" aria-labelledby="group-next">
        <h2 id="group-next">{t('nextMeeting')}</h2>
        <p>{g.nextMeeting ? `${textIn(g.nextMeeting.title, lang)}: ${dateOf(g.nextMeeting.date)}` : t('noNextMeeting')}</p>
      </section>
      <GroupMembers group={g} />
      <GroupTrajectories group={g} />
      {g.canManage && <RecordMeeting group={g} roles={roles} />}
      <AttendanceMatrix group={g} roles={roles} />
      <section className="group__diagram" aria-labelledby="group-diagram">
        <h2 id="group-diagram">{t('diagram')}</h2>
        {/* Keyed by what changes the counts, so a new member or meeting draws it again. */}
        <ImageDiagram src={`${groupDiagramHref(g.id)}?lang=${lang}&v=${g.size}-${g.meetings.length}`} label={t('diagram')}
          alt={t('diagramAlt', { type: textIn(g.type.title, lang) })} />
      </section>
    </div>
  );
}
