import { diffBundles, type Lang } from '@koers/engine';
import type { TypeDraft } from '../../api/type-drafts';
import type { Bundle } from '../model/bundle';
import { downloadJson } from './download';
import { Modal } from './Modal';
import { CONFLICT_TEXT } from './conflict-text';
import { say, timeOfDay } from './texts';

/**
 * A colleague saved the draft after this page loaded it. Both versions are offered, each with what it has that
 * the other has not, in words; the admin keeps theirs or mine, or takes a copy of mine first. Nothing is lost:
 * keeping mine builds on their revision, taking theirs is an edit that undo takes back.
 */
export function ConflictDialog({ typeId, mine, theirs, lang, onKeepMine, onTakeTheirs, onRestart }: {
  typeId: string; mine: Bundle; theirs: TypeDraft | null; lang: Lang;
  onKeepMine: () => void; onTakeTheirs: () => void; onRestart: () => void;
}) {
  const who = theirs?.updatedBy?.name ?? CONFLICT_TEXT.someone[lang];
  const download = () => downloadJson(`${typeId}-concept-mijn-versie.json`, mine);
  if (!theirs) {
    return (
      <Modal title={CONFLICT_TEXT.goneTitle[lang]} onClose={() => {}} alert>
        <p>{CONFLICT_TEXT.goneText[lang]}</p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onRestart}>{CONFLICT_TEXT.restart[lang]}</button>
          <button type="button" className="button button--secondary" onClick={download}>{CONFLICT_TEXT.download[lang]}</button>
        </div>
      </Modal>
    );
  }
  const theirsBundle = { definition: theirs.definition, forms: theirs.forms };
  return (
    <Modal title={say(CONFLICT_TEXT, 'title', lang, { name: who })} onClose={() => {}} alert wide>
      <p>{say(CONFLICT_TEXT, 'text', lang, { name: who, time: timeOfDay(theirs.updatedAt, lang) })}</p>
      <div className="conflict">
        <Version title={CONFLICT_TEXT.mine[lang]} intro={CONFLICT_TEXT.mineIntro[lang]} changes={diffBundles(theirsBundle, mine).map((c) => c.description[lang])} lang={lang} />
        <Version title={say(CONFLICT_TEXT, 'theirs', lang, { name: who, time: timeOfDay(theirs.updatedAt, lang) })}
          intro={say(CONFLICT_TEXT, 'theirsIntro', lang, { name: who })} changes={diffBundles(mine, theirsBundle).map((c) => c.description[lang])} lang={lang} />
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onKeepMine}>{CONFLICT_TEXT.keepMine[lang]}</button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>{say(CONFLICT_TEXT, 'takeTheirs', lang, { name: who })}</button>
        <button type="button" className="button button--secondary" onClick={download}>{CONFLICT_TEXT.download[lang]}</button>
      </div>
    </Modal>
  );
}

function Version({ title, intro, changes, lang }: { title: string; intro: string; changes: string[]; lang: Lang }) {
  return (
    <section className="conflict__version">
      <h3>{title}</h3>
      <p>{intro}</p>
      {changes.length === 0 ? <p>{CONFLICT_TEXT.same[lang]}</p> : (
        <ul>{changes.slice(0, 12).map((text, i) => <li key={i}>{text}</li>)}</ul>
      )}
      {changes.length > 12 && <p>{say(CONFLICT_TEXT, 'more', lang, { n: changes.length - 12 })}</p>}
    </section>
  );
}
