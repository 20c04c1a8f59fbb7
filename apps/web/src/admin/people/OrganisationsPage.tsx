import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { textIn } from '@koers/engine';
import { useLang } from '../../i18n/lang';
import { useDocumentTitle } from '../../pages/useDocumentTitle';
import { navigate, useHashLocation } from '../../routes/location';
import { to } from '../../routes/paths';
import { useSession } from '../../session/session';
import { type Organisation, organisationsQuery, useCreateOrganisation } from './api';
import { OrganisationDetails } from './OrganisationDetails';
import { OrganisationForm } from './OrganisationForm';
import { PEOPLE_TEXT as T } from './text';
import '../../pages/invitation/invitation.css';
import './people.css';

/** The besturen with their schools under them (schools whose bestuur is unknown last, under a bestuur of their own). */
function tree(all: readonly Organisation[]): Array<{ bestuur: Organisation | undefined; schools: Organisation[] }> {
  const besturen = all.filter((o) => o.kind === 'bestuur');
  const known = new Set(besturen.map((b) => b.id));
  const groups = besturen.map((bestuur) => ({ bestuur: bestuur as Organisation | undefined, schools: all.filter((o) => o.kind === 'school' && o.parentId === bestuur.id) }));
  const orphans = all.filter((o) => o.kind === 'school' && (o.parentId === null || !known.has(o.parentId)));
  return orphans.length > 0 ? [...groups, { bestuur: undefined, schools: orphans }] : groups;
}

/**
 * `#/beheer/scholen`: the admin's besturen and schools. On the left every bestuur with its schools (and adding a
 * bestuur); on the right the one picked (`?org=<id>` in the address, so a reload or a shared link keeps it):
 * its details, its people and their roles, and starting a trajectory at a school. On a phone: one column of cards.
 */
export default function OrganisationsPage() {
  const { lang } = useLang();
  const { me } = useSession();
  useDocumentTitle(textIn(T.title, lang));
  if (!me?.user.isAdmin) {
    return <div className="page page--narrow"><h1>{textIn(T.title, lang)}</h1><p role="alert" className="start__problem">{textIn(T.adminsOnly, lang)}</p></div>;
  }
  return <Organisations />;
}

function Organisations() {
  const { lang, appText } = useLang();
  const all = useQuery(organisationsQuery);
  const create = useCreateOrganisation();
  const picked = new URLSearchParams(useHashLocation.searchHook()).get('org');
  // The focus moves to the details only after the admin picked something, not when the page opens.
  const [moved, setMoved] = useState(false);
  const [adding, setAdding] = useState(false);
  const select = (id: string) => {
    setMoved(true);
    navigate(`${to.adminOrganisations}?org=${encodeURIComponent(id)}`, { replace: true });
  };
  const selected = all.data?.find((o) => o.id === picked);

  return (
    <div className="page people">
      <h1>{textIn(T.title, lang)}</h1>
      <p className="lead">{textIn(T.intro, lang)}</p>
      {all.error && <p role="alert" className="start__problem">{textIn(T.loadFailed, lang)} {all.error.message}</p>}
      {!all.data && !all.error && <p className="app-loading">{appText('loading')}</p>}
      {all.data && (
        <div className="people__layout">
          <nav className="people__tree" aria-label={textIn(T.besturen, lang)}>
            {all.data.length === 0 && <p>{textIn(T.none, lang)}</p>}
            <ul className="people-tree">
              {tree(all.data).map(({ bestuur, schools }) => (
                <li key={bestuur?.id ?? 'none'} className="people-tree__bestuur">
                  {bestuur ? <Pick organisation={bestuur} current={picked} onPick={select} /> : <p className="people-tree__orphans">{textIn(T.withoutBestuur, lang)}</p>}
                  {schools.length === 0 ? <p className="people-tree__empty">{textIn(T.noSchools, lang)}</p> : (
                    <ul className="people-tree__schools">
                      {schools.map((s) => <li key={s.id}><Pick organisation={s} current={picked} onPick={select} /></li>)}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            {adding ? (
              <section className="people-panel" aria-labelledby="people-add-bestuur">
                <h2 id="people-add-bestuur">{textIn(T.addBestuur, lang)}</h2>
                <OrganisationForm idPrefix="org-new-bestuur" kind="bestuur" submitLabel={textIn(T.add, lang)} onCancel={() => setAdding(false)}
                  onSubmit={async (fields) => {
                    const bestuur = await create.mutateAsync({ kind: 'bestuur', ...fields });
                    setAdding(false);
                    select(bestuur.id);
                  }} />
              </section>
            ) : <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>{textIn(T.addBestuur, lang)}</button>}
          </nav>
          {selected ? <OrganisationDetails organisation={selected} focus={moved} onSelect={select} /> : <p className="people-details people-details--empty">{textIn(T.choose, lang)}</p>}
        </div>
      )}
    </div>
  );
}

/** A bestuur or school in the list: a button that picks it, with its BRIN code and region. */
function Pick({ organisation: o, current, onPick }: { organisation: Organisation; current: string | null; onPick: (id: string) => void }) {
  const { lang } = useLang();
  const facts = [o.brin, o.kind === 'school' ? (o.region ? textIn(T.regions[o.region], lang) : textIn(T.noRegion, lang)) : null].filter(Boolean).join(' · ');
  return (
    <button type="button" className={`people-pick people-pick--${o.kind}`} aria-current={o.id === current ? 'true' : undefined} onClick={() => onPick(o.id)}>
      <span className="people-pick__name">{o.name}</span>
      {facts && <span className="people-pick__facts">{facts}</span>}
    </button>
  );
}
