import { useState, type ReactNode } from 'react';
import { isPlaceholderDescription, textIn, type Lang, type Localized, type Problem } from '@koers/engine';
import type { TypeDraft } from '../../api/type-drafts';
import type { Bundle, Selection } from '../model/bundle';
import { setInDefinition } from '../model/edit';
import { BundleFileButton } from './BundleFileButton';
import { DiscardDialog } from './DiscardDialog';
import { downloadJson } from './download';
import { HEADER_TEXT } from './header-text';
import { PublishButton } from './PublishButton';
import { say } from './texts';

/**
 * The top of the editor: the type's title in both languages (edited in place), its id and what the draft is
 * based on, the save status, undo/redo, export/import of the bundle, discard and publish.
 */
export function EditorHeader({ typeId, draft, bundle, lang, onChange, problems, checking, revision, flush, onSelect, onFinished, status, history }: {
  typeId: string; draft: TypeDraft; bundle: Bundle; lang: Lang; onChange: (next: Bundle) => void; problems: readonly Problem[]; checking: boolean;
  revision: { current: number }; flush: () => Promise<boolean>; onSelect: (selection: Selection) => void; status: ReactNode;
  /** The draft is gone: published as `version`, or discarded. */
  onFinished: (outcome: { published: number } | 'discarded') => void;
  history: { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void };
}) {
  const [discarding, setDiscarding] = useState(false);
  const title = (bundle.definition.title ?? {}) as Partial<Localized>;
  const setTitle = (language: Lang, text: string) => onChange(setInDefinition(bundle, ['title', language], text));
  return (
    <header className="editor-header">
      <div className="editor-header__title">
        <p className="editor-header__kicker">
          {say(HEADER_TEXT, 'draftOf', lang, { id: typeId })} · {draft.basedOn ? say(HEADER_TEXT, 'basedOn', lang, { n: draft.basedOn }) : HEADER_TEXT.newType[lang]}
        </p>
        <h1>{textIn({ nl: title.nl ?? '', en: title.en ?? '' }, lang) || typeId}</h1>
        {isPlaceholderDescription(bundle.definition.description) && (
          <p className="editor-header__todo">
            {HEADER_TEXT.describeWhy[lang]}{' '}
            <button type="button" className="link-button" onClick={() => onSelect({ kind: 'type' })}>{HEADER_TEXT.describe[lang]}</button>
          </p>
        )}
        <div className="editor-header__fields">
          <label>{HEADER_TEXT.titleNl[lang]}<input type="text" lang="nl" value={title.nl ?? ''} onChange={(e) => setTitle('nl', e.target.value)} /></label>
          <label>{HEADER_TEXT.titleEn[lang]}<input type="text" lang="en" value={title.en ?? ''} onChange={(e) => setTitle('en', e.target.value)} /></label>
        </div>
      </div>
      <div className="editor-header__actions">
        {status}
        <div className="editor-header__buttons" role="group" aria-label={HEADER_TEXT.actions[lang]}>
          {/* Far from Publiceren and outlined: discarding is rare and asks for confirmation first. */}
          <button type="button" className="button button--secondary button--small button--danger editor-header__discard" onClick={() => setDiscarding(true)}>
            {HEADER_TEXT.discard[lang]}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={!history.canUndo} onClick={history.undo}
            aria-keyshortcuts="Control+Z" title="Ctrl+Z">{HEADER_TEXT.undo[lang]}</button>
          <button type="button" className="button button--secondary button--small" disabled={!history.canRedo} onClick={history.redo}
            aria-keyshortcuts="Control+Shift+Z" title="Ctrl+Shift+Z">{HEADER_TEXT.redo[lang]}</button>
          <button type="button" className="button button--secondary button--small"
            onClick={() => downloadJson(`${typeId}-concept.json`, bundle)}>{HEADER_TEXT.export[lang]}</button>
          <BundleFileButton label={HEADER_TEXT.import[lang]} lang={lang} onBundle={(next) => onChange(next)} expectId={typeId} />
          <PublishButton typeId={typeId} bundle={bundle} problems={problems} checking={checking} lang={lang} revision={revision} flush={flush} onSelect={onSelect}
            onPublished={(version) => onFinished({ published: version })} />
        </div>
      </div>
      {discarding && <DiscardDialog typeId={typeId} lang={lang} onClose={() => setDiscarding(false)} onDiscarded={() => onFinished('discarded')} />}
    </header>
  );
}
