import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { formatDate } from '../../i18n/format';
import { StartTrajectory } from '../../pages/schools/StartTrajectory';
import { trajectoryListQuery } from '../../queries/trajectories';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { type Organisation, useCreateOrganisation, useUpdateOrganisation } from './api';
import { Members, type TrajectoryChoice } from './Members';
import { OrganisationForm } from './OrganisationForm';
import { StudyDays } from './StudyDays';
import { PEOPLE_TEXT as T } from './text';

/**
 * One bestuur or school: its details to change, for a bestuur adding a school under it, for a school starting a
 * trajectory there and its trajectories; then its people and their roles. The heading takes the focus when the
 * admin picks another organisation (on a phone the panel is below the list). A school just added is picked.
 */
export function OrganisationDetails({ organisation, focus, onSelect }: { organisation: Organisation; focus: boolean; onSelect: (id: string) => void }) {
  const { lang } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const update = useUpdateOrganisation(organisation.id);
  const create = useCreateOrganisation();
  const isSchool = organisation.kind === 'school';
  // A school's trajectories, or a bestuur's own (bestuur types: subject bestuur).
  const list = useQuery(trajectoryListQuery(organisation.id));
  const trajectories: TrajectoryChoice[] = (list.data ?? []).map((t) => ({
    id: t.id, label: `${textIn(t.type.title, lang)}${t.label ? ` · ${t.label}` : ''} (${formatDate(t.createdAt, lang)})`,
  }));
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, organisation.id]);

  return (
    <article className="people-details" aria-labelledby="people-details-title">
      <h2 id="people-details-title" ref={heading} tabIndex={-1}>{organisation.name}</h2>
      {(
        <div className="people-details__start">
          <StartTrajectory schoolId={organisation.id} schoolName={organisation.name} />
          <Link to={to.school(organisation.id)}>{textIn(T.schoolPage, lang)}</Link>
        </div>
      )}
      {trajectories.length > 0 && (
        <section className="people-panel" aria-labelledby="people-trajectories">
          <h3 id="people-trajectories">{textIn(T.trajectories, lang)}</h3>
          <ul className="people-trajectories">
            {trajectories.map((t) => <li key={t.id}><Link to={to.trajectory(t.id)}>{t.label}</Link></li>)}
          </ul>
        </section>
      )}
      <section className="people-panel" aria-labelledby="people-edit">
        <h3 id="people-edit">{textIn(T.edit, lang)}</h3>
        <OrganisationForm key={organisation.id} idPrefix="org-edit" kind={organisation.kind} initial={organisation} submitLabel={textIn(T.save, lang)}
          onSubmit={async (fields) => void await update.mutateAsync(isSchool ? fields : { name: fields.name, brin: fields.brin })} />
      </section>
      {!isSchool && (
        <section className="people-panel" aria-labelledby="people-add-school">
          <h3 id="people-add-school">{textIn(T.addSchoolTo(organisation.name), lang)}</h3>
          <OrganisationForm key={`new-${organisation.id}`} idPrefix="org-new-school" kind="school" submitLabel={textIn(T.addSchool, lang)}
            onSubmit={async (fields) => onSelect((await create.mutateAsync({ kind: 'school', parentId: organisation.id, ...fields })).id)} />
        </section>
      )}
      {!isSchool && <StudyDays key={`days-${organisation.id}`} bestuur={organisation} />}
      <Members key={organisation.id} organisation={organisation} trajectories={trajectories} />
    </article>
  );
}
