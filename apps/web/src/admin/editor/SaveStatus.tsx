import type { Lang } from '@koers/engine';
import type { SaveState } from '../../pages/trajectories/useAutosave';
import type { SavedMark } from './useDraftSave';
import { EDITOR_TEXT, say, timeOfDay } from './texts';

/** The autosave's status line: saved at, saving, waiting to save, or failed with a retry. */
export function SaveStatus({ state, unsaved, saved, lang, onRetry, conflict }: {
  state: SaveState; unsaved: boolean; saved: SavedMark; lang: Lang; onRetry: () => void; conflict: boolean;
}) {
  // A colleague's save in between: the dialog asks which version to keep; saving waits for that.
  if (conflict) return <p className="save-status save-status--failed" role="status">{EDITOR_TEXT.conflict[lang]}</p>;
  if (state.kind === 'failed') {
    return (
      <p className="save-status save-status--failed" role="alert">
        {say(EDITOR_TEXT, 'saveFailed', lang, { reason: state.reason })}{' '}
        <button type="button" className="link-button" onClick={onRetry}>{EDITOR_TEXT.retry[lang]}</button>
      </p>
    );
  }
  const text = state.kind === 'saving' ? EDITOR_TEXT.saving[lang]
    : unsaved ? EDITOR_TEXT.unsaved[lang]
    : say(EDITOR_TEXT, 'savedAt', lang, { time: timeOfDay(saved.at, lang) });
  return <p className="save-status" role="status">{text}</p>;
}
