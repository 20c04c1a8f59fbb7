import { useEffect, useState } from 'react';
import { listTrajectories, type TrajectoryListEntry } from '../../api/trajectories';
import { useLang } from '../../i18n/lang';
import { useDocumentTitle } from '../useDocumentTitle';
import { RequireSignIn } from './RequireSignIn';
import { TrajectoryCards } from './TrajectoryCards';

/** "Mijn trajecten": each trajectory with where it stands, when it is due and what is expected of me now. */
export default function MyTrajectories() {
  return <RequireSignIn><TrajectoryList /></RequireSignIn>;
}

function TrajectoryList() {
  const { m } = useLang();
  useDocumentTitle(m('myTrajectories'));
  const [rows, setRows] = useState<TrajectoryListEntry[] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    listTrajectories().then((list) => current && setRows(list),
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="page">
      <h1>{m('myTrajectories')}</h1>
      {failure && <p role="alert" className="trajectory__problem">{failure}</p>}
      {!rows && !failure && <p className="app-loading">{m('loading')}</p>}
      {rows?.length === 0 && <p>{m('noTrajectories')}</p>}
      {rows && <TrajectoryCards entries={rows} />}
    </div>
  );
}
