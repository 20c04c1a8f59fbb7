import type { Lang } from '@koers/engine';
import { exportHref, type AdminTypeRow } from '../../api/type-drafts';
import { say, timeOfDay } from '../editor/texts';
import { TYPES_TEXT } from './texts';

/**
 * A type's published versions, newest first: when, by whom, the change note, the trajectories on it, export.
 * A table on a wide screen; on a phone each row is a card (labels from `data-label`, see types-admin.css).
 */
export function VersionTable({ type, title, lang, dateOf }: { type: AdminTypeRow; title: string; lang: Lang; dateOf: (iso: string, lang: Lang) => string }) {
  if (type.versions.length === 0) return <p className="admin-type__none">{TYPES_TEXT.noVersions[lang]}</p>;
  const t = (key: keyof typeof TYPES_TEXT) => TYPES_TEXT[key][lang];
  const newest = type.versions.at(-1)?.version;
  return (
    <table className="version-table">
      <caption className="visually-hidden">{say(TYPES_TEXT, 'versions', lang, { title })}</caption>
      <thead>
        <tr><th scope="col">{t('version')}</th><th scope="col">{t('published')}</th><th scope="col">{t('by')}</th>
          <th scope="col">{t('note')}</th><th scope="col">{t('trajectories')}</th><th scope="col"><span className="visually-hidden">{t('export')}</span></th></tr>
      </thead>
      <tbody>
        {[...type.versions].reverse().map((v) => (
          <tr key={v.version}>
            <th scope="row" data-label={t('version')}>{v.version}{v.version === newest ? <span className="version-table__newest"> ({t('newest')})</span> : null}</th>
            <td data-label={t('published')}>{dateOf(v.publishedAt, lang)}, {timeOfDay(v.publishedAt, lang)}</td>
            <td data-label={t('by')}>{v.publishedBy?.name ?? t('unknown')}</td>
            <td data-label={t('note')} className="version-table__note">{v.note ?? '—'}</td>
            <td data-label={t('trajectories')}>{say(TYPES_TEXT, 'running', lang, { active: v.trajectories.active, done: v.trajectories.done })}</td>
            <td>
              <a href={exportHref(type.id, v.version)} download aria-label={say(TYPES_TEXT, 'exportVersion', lang, { n: v.version, title })}>{t('export')}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
