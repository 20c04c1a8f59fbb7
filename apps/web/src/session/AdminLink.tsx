import type { Lang } from '@koers/engine';
import { useLang } from '../i18n/lang';
import { Link } from '../routes/Link';
import { to } from '../routes/paths';
import { useSession } from './session';

/** The admin's name in the menu and on the home page (the admin's own texts load with the admin's code). */
export const ADMIN_TEXT = {
  admin: { nl: 'Beheer', en: 'Admin' },
  homeTitle: { nl: 'Trajectsoorten bouwen en publiceren', en: 'Build and publish trajectory types' },
  homeText: {
    nl: 'Als beheerder ontwerpt u hier trajectsoorten met hun stappen en formulieren, probeert u ze uit en publiceert u een nieuwe versie. Lopende trajecten houden hun versie.',
    en: 'As an administrator you design trajectory types with their steps and forms here, try them out and publish a new version. Running trajectories keep their version.',
  },
  toTypes: { nl: 'Naar trajectsoorten', en: 'To trajectory types' },
  toPeople: { nl: 'Scholen en mensen', en: 'Schools and people' },
} satisfies Record<string, Record<Lang, string>>;

/** The header link to the admin (`#/beheer`), for administrators only; active on every admin page. */
export function AdminLink() {
  const { lang } = useLang();
  const { me } = useSession();
  if (!me?.user.isAdmin) return null;
  return <Link to={to.adminTypes}>{ADMIN_TEXT.admin[lang]}</Link>;
}

/** The admin's block on the home page: for administrators the admin is where their work is. */
export function AdminHome() {
  const { lang } = useLang();
  const { me } = useSession();
  if (!me?.user.isAdmin) return null;
  return (
    <section className="home__admin" aria-labelledby="home-admin">
      <h2 id="home-admin">{ADMIN_TEXT.homeTitle[lang]}</h2>
      <p>{ADMIN_TEXT.homeText[lang]}</p>
      <p className="home__links">
        <Link to={to.adminTypes} className="button">{ADMIN_TEXT.toTypes[lang]}</Link>{' '}
        <Link to={to.adminOrganisations} className="button button--secondary">{ADMIN_TEXT.toPeople[lang]}</Link>
      </p>
    </section>
  );
}
