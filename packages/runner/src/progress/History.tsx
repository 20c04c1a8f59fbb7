import type { ReactNode } from 'react';
import { SYSTEM_NAME, textIn, type Lang, type Localized } from '@koers/engine';
import { msg } from '../i18n/messages';

/** One entry of a trajectory's history (the API's `history`). */
export interface HistoryEntry {
  seq: number;
  label: Localized;
  at: string;
  /** Who did it; an account without a name is not named; `system` (a timer) is named "Systeem" or "System" in `lang`. */
  actor: { id: string; name: string | null; system?: boolean } | null;
  /** The actor's roles with their titles from the definition (shown in `lang`, never as ids). */
  roles?: ReadonlyArray<{ id: string; title: Localized }>;
  to: ReadonlyArray<{ path: string; title: Localized }>;
  /** Soft rules this event broke (issue 13): marked on the entry with their reason, and whether a coach handled them. */
  flags?: ReadonlyArray<{ id: string; message: Localized; acknowledgedAt: string | null }>;
  /** The reason given with the event, where its definition asked for one. */
  reason?: string;
}

export interface HistoryProps {
  entries: readonly HistoryEntry[];
  lang?: Lang;
  /** Newest first (default true). */
  newestFirst?: boolean;
  /** More about one entry under it, e.g. the form it submitted (nothing when it returns null). */
  details?: (entry: HistoryEntry) => ReactNode;
}

/** The app's one format for a moment ("12 mrt 2026, 14:05", as apps/web/src/i18n/format.ts), in Amsterdam time. */
function when(at: string, lang: Lang): string {
  return new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  });
}

/**
 * Who did what when: each event with its label, the person and role, and the steps it led to.
 *
 * @example <History entries={view.history} lang="nl" />
 */
export function History({ entries, lang = 'nl', newestFirst = true, details }: HistoryProps) {
  if (entries.length === 0) return <p className="kr-history__empty">{msg('historyEmpty', lang)}</p>;
  const ordered = newestFirst ? [...entries].reverse() : entries;
  return (
    <ol className="kr-history">
      {ordered.map((e) => (
        <li key={e.seq} className="kr-history__entry">
          <time dateTime={e.at} className="kr-history__when">{when(e.at, lang)}</time>
          <span className="kr-history__what">{textIn(e.label, lang)}</span>
          {(e.actor?.system || e.actor?.name) && (
            <span className="kr-history__who">
              {msg('historyBy', lang, { name: e.actor.system ? textIn(SYSTEM_NAME, lang) : e.actor.name! })}{e.roles && e.roles.length > 0 ? ` (${e.roles.map((r) => textIn(r.title, lang)).join(', ')})` : ''}
            </span>
          )}
          {e.to.length > 0 && (
            <span className="kr-history__to">{msg('historyTo', lang, { steps: e.to.map((s) => textIn(s.title, lang)).join(' + ') })}</span>
          )}
          {e.reason && <span className="kr-history__reason">{msg('historyReason', lang, { reason: e.reason })}</span>}
          {(e.flags ?? []).map((f) => (
            <span key={f.id} className={f.acknowledgedAt ? 'kr-history__flag kr-history__flag--done' : 'kr-history__flag'}>
              <span aria-hidden="true">⚠ </span>{msg(f.acknowledgedAt ? 'historyFlagDone' : 'historyFlag', lang, { reason: textIn(f.message, lang) })}
            </span>
          ))}
          {details && <div className="kr-history__details">{details(e)}</div>}
        </li>
      ))}
    </ol>
  );
}
