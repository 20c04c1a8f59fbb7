import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import type { Lang } from '@koers/engine';
import { createDraft, type TypeDraft } from '../../api/type-drafts';
import { navigate } from '../../routes/location';
import { to } from '../../routes/paths';
import { UnsavedChanges } from '../../routes/UnsavedChanges';
import type { Bundle, Selection } from '../model/bundle';
import { edit, historyOf, redo, undo } from '../model/history';
import { selectionOf, tabOf, withPlace, type EditorTab } from '../model/selection-url';
import { ConflictDialog } from './ConflictDialog';
import { EditorHeader } from './EditorHeader';
import { EditorTabs, tabFor } from './EditorTabs';
import { problemCount, ProblemsPanel } from './ProblemsPanel';
import { PublishDone } from './PublishDone';
import { SaveStatus } from './SaveStatus';
import { EDITOR_TEXT } from './texts';
import { useDraftSave } from './useDraftSave';
import { useLint } from './useLint';
import { useUndoKeys } from './useUndoKeys';

/**
 * The editor of one draft: holds the bundle (with undo/redo), lints it live, autosaves it as the server's draft,
 * and gives the tabs the shared EditorProps. The tab and the selection live in the address.
 */
export function DraftEditor({ typeId, draft, lang }: { typeId: string; draft: TypeDraft; lang: Lang }) {
  const [history, setHistory] = useState(() => historyOf<Bundle>({ definition: draft.definition, forms: draft.forms }));
  const bundle = history.present;
  const onChange = useCallback((next: Bundle) => setHistory((h) => edit(h, next, Date.now())), []);
  const lint = useLint(bundle);
  const save = useDraftSave(typeId, bundle, draft);
  useUndoKeys(() => setHistory(undo), () => setHistory(redo));

  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const tab = tabOf(params);
  const selection = useMemo(() => selectionOf(params), [params]);
  const setPlace = useCallback((nextTab: EditorTab, next: Selection) => {
    const query = withPlace(params, nextTab, next).toString();
    navigate(`${to.adminType(typeId)}${query ? `?${query}` : ''}`, { replace: true });
  }, [params, typeId]);
  const onSelect = useCallback((next: Selection) => setPlace(tab, next), [setPlace, tab]);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const [finished, setFinished] = useState<{ published: number } | 'discarded' | undefined>();
  const finish = (outcome: { published: number } | 'discarded') => {
    save.cancel();
    setFinished(outcome);
  };
  // Once the guard is down (after the render that finished), a discarded draft leaves for the overview.
  useEffect(() => {
    if (finished === 'discarded') navigate(to.adminTypes);
  }, [finished]);
  if (finished !== undefined && finished !== 'discarded') return <PublishDone typeId={typeId} version={finished.published} lang={lang} />;

  const props = { bundle, onChange, selection, onSelect, problems: lint.problems, lang };
  return (
    <div className="editor">
      <UnsavedChanges when={save.unsaved && finished === undefined} flush={save.flush} />
      <EditorHeader typeId={typeId} draft={draft} bundle={bundle} lang={lang} onChange={onChange} problems={lint.problems} checking={lint.pending}
        revision={save.revision} flush={save.flush} onSelect={(s) => setPlace(tabFor(s, tab), s)} onFinished={finish}
        status={<SaveStatus state={save.state} unsaved={save.unsaved} saved={save.saved} lang={lang} onRetry={() => void save.saveNow()} conflict={save.conflict !== undefined} />}
        history={{ canUndo: history.past.length > 0, canRedo: history.future.length > 0, undo: () => setHistory(undo), redo: () => setHistory(redo) }} />
      <EditorTabs tab={tab} onTab={(t) => setPlace(t, selection)} props={props}
        aside={(
          <button type="button" className={`problem-count${lint.problems.length ? ' problem-count--some' : ''}`}
            data-lint-ms={lint.lastMs?.toFixed(0)} aria-busy={lint.pending}
            onClick={() => {
              setProblemsOpen(true);
              document.getElementById('editor-problems')?.scrollIntoView({ block: 'nearest' });
            }}>
            {lint.pending ? EDITOR_TEXT.checking[lang] : problemCount(lint.problems.length, lang)}
          </button>
        )} />
      <div id="editor-problems">
        <ProblemsPanel problems={lint.problems} bundle={bundle} lang={lang} open={problemsOpen}
          onToggle={() => setProblemsOpen((o) => !o)} onSelect={(s) => setPlace(tabFor(s, tab), s)} />
      </div>
      {save.conflict !== undefined && (
        <ConflictDialog typeId={typeId} mine={bundle} theirs={save.conflict} lang={lang}
          onKeepMine={() => save.keepMine(save.conflict ?? null)}
          onTakeTheirs={() => {
            const theirs = save.conflict;
            if (!theirs) return;
            save.adoptTheirs(theirs);
            // A step of its own in the history (never merged with my last keystrokes), so undo brings mine back.
            setHistory((h) => edit({ ...h, editedAt: 0 }, { definition: theirs.definition, forms: theirs.forms }, Date.now()));
          }}
          onRestart={() => void restartDraft(typeId, bundle).then((fresh) => save.keepMine(fresh))} />
      )}
    </div>
  );
}

/** A new draft for a type whose draft went (published or discarded): from its newest version, or anew. */
async function restartDraft(typeId: string, bundle: Bundle): Promise<TypeDraft> {
  try {
    return await createDraft({ typeId, from: { typeId } });
  } catch {
    const title = bundle.definition.title as { nl?: unknown; en?: unknown } | undefined;
    const text = (value: unknown) => (typeof value === 'string' && value ? value : typeId);
    return createDraft({ typeId, title: { nl: text(title?.nl), en: text(title?.en) } });
  }
}
