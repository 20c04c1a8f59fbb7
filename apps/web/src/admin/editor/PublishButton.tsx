import { useState } from 'react';
import type { Lang, Problem } from '@koers/engine';
import type { Bundle, Selection } from '../model/bundle';
import { placeName } from '../model/place-names';
import { selectionOfProblem } from '../model/places';
import { problemCount } from './ProblemsPanel';
import { PublishDialog } from './PublishDialog';
import { PUBLISH_TEXT } from './publish-text';
import { say } from './texts';

/**
 * "Publiceren": disabled while lint problems remain, saying how many and where (the first places); otherwise it
 * opens the dialog with the readable diff and the change note.
 */
export function PublishButton({ typeId, bundle, problems, checking, lang, revision, flush, onSelect, onPublished }: {
  typeId: string; bundle: Bundle; problems: readonly Problem[]; checking: boolean; lang: Lang; revision: { current: number };
  flush: () => Promise<boolean>; onSelect: (selection: Selection) => void; onPublished: (version: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const blocked = problems.length > 0;
  const places = [...new Set(problems.slice(0, 20).map((p) => placeName(selectionOfProblem(p, bundle), bundle, lang)))];
  const why = blocked
    ? say(PUBLISH_TEXT, 'blocked', lang, { count: problemCount(problems.length, lang), places: places.slice(0, 3).join('; ') + (places.length > 3 ? ' …' : '') })
    : undefined;
  return (
    <>
      <button type="button" className="button button--small" disabled={blocked || checking} aria-describedby={blocked ? 'publish-why' : undefined}
        onClick={() => setOpen(true)}>
        {PUBLISH_TEXT.publish[lang]}
      </button>
      {why && <p id="publish-why" className="publish-why">{why}</p>}
      {open && (
        <PublishDialog typeId={typeId} bundle={bundle} lang={lang} revision={revision} flush={flush}
          onClose={() => setOpen(false)}
          onSelect={(s) => { setOpen(false); onSelect(s); }}
          onPublished={(v) => { setOpen(false); onPublished(v); }} />
      )}
    </>
  );
}
