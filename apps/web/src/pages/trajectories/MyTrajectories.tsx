import { useQuery } from '@tanstack/react-query';
import { useLang } from '../../i18n/lang';
import { trajectoryListQuery } from '../../queries/trajectories';
import { StartAtMySchools } from '../schools/StartAtMySchools';
import { useDocumentTitle } from '../useDocumentTitle';
import { RequireSignIn } from './RequireSignIn';
import { TrajectoryCards } from './TrajectoryCards';

/** "Mijn trajecten": each trajectory with where it stands, when it is due and what is expected of me now. */
export default function MyTrajectories() {
  return <RequireSignIn><TrajectoryList /></RequireSignIn>;
}

function TrajectoryList() {
  const { appText } = useLang();
  useDocumentTitle(appText('myTrajectories'));
  const { data: rows, error } = useQuery(trajectoryListQuery());
  const failure = rows ? undefined : error?.message;

  return (
    <div className="page">
      <h1>{appText('myTrajectories')}</h1>
      <StartAtMySchools />
      {failure && <p role="alert" className="trajectory__problem">{failure}</p>}
      {!rows && !failure && <p className="app-loading">{appText('loading')}</p>}
      {rows?.length === 0 && <p>{appText('noTrajectories')}</p>}
      {rows && <TrajectoryCards entries={rows} />}
    </div>
  );
}
