import type { Lang } from '@koers/engine';
import { exportHref } from '../../api/type-drafts';
import { Link } from '../../routes/Link';
import { to } from '../../routes/paths';
import { PUBLISH_TEXT } from './publish-text';
import { say } from './texts';

/** After publishing: which version it became, what that means for running and new trajectories, and where next. */
export function PublishDone({ typeId, version, lang }: { typeId: string; version: number; lang: Lang }) {
  return (
    <div className="page page--narrow publish-done">
      <h1 tabIndex={-1} ref={(el) => el?.focus()}>{say(PUBLISH_TEXT, 'done', lang, { n: version })}</h1>
      <p className="lead">{say(PUBLISH_TEXT, 'doneText', lang, { n: version })}</p>
      <p className="home__links">
        <Link to={to.adminTypes} className="button">{PUBLISH_TEXT.toTypes[lang]}</Link>{' '}
        <Link to={to.types} className="button button--secondary">{PUBLISH_TEXT.toCatalogue[lang]}</Link>{' '}
        <Link to={to.overview(typeId)} className="button button--secondary">{PUBLISH_TEXT.toOverview[lang]}</Link>{' '}
        <a className="button button--secondary" href={exportHref(typeId, version)} download>{say(PUBLISH_TEXT, 'download', lang, { n: version })}</a>
      </p>
    </div>
  );
}
