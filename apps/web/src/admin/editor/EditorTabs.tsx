import { lazy, Suspense, useId, useRef, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import type { EditorProps, Selection } from '../model/bundle';
import { EDITOR_TABS, type EditorTab } from '../model/selection-url';
import { EDITOR_TEXT } from './texts';

// Each tab is its own chunk: opening the editor does not load the simulator or CodeMirror until asked for.
const TABS: Record<EditorTab, ComponentType<EditorProps>> = {
  proces: lazy(() => import('../process/ProcessTab')),
  formulieren: lazy(() => import('../forms/FormsTab')),
  json: lazy(() => import('../json/JsonTab')),
  proberen: lazy(() => import('../simulate/SimulateTab')),
};

/** The tab that shows a selection: forms in the form builder, the rest in the process editor; JSON shows all. */
export function tabFor(selection: Selection, current: EditorTab): EditorTab {
  if (current === 'json') return current;
  return selection.kind === 'form' ? 'formulieren' : 'proces';
}

/**
 * The tab bar (ARIA tabs: arrow keys, Home and End move between them) and the chosen tab, which gets the
 * editors' shared props. `aside` sits at the bar's end (the problems counter).
 */
export function EditorTabs({ tab, onTab, props, aside }: { tab: EditorTab; onTab: (tab: EditorTab) => void; props: EditorProps; aside?: ReactNode }) {
  const id = useId();
  const buttons = useRef<Partial<Record<EditorTab, HTMLButtonElement | null>>>({});
  const Tab = TABS[tab];
  const move = (event: KeyboardEvent) => {
    const at = EDITOR_TABS.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: EDITOR_TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = EDITOR_TABS[(to + EDITOR_TABS.length) % EDITOR_TABS.length]!;
    onTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div className="editor-tabs">
        <div role="tablist" aria-label={EDITOR_TEXT.tabs[props.lang]} className="editor-tabs__list" onKeyDown={move}>
          {EDITOR_TABS.map((name) => (
            <button key={name} ref={(el) => { buttons.current[name] = el; }} type="button" role="tab" id={`${id}-${name}`}
              aria-selected={tab === name} aria-controls={`${id}-panel`} tabIndex={tab === name ? 0 : -1}
              className="editor-tabs__tab" onClick={() => onTab(name)}>
              {EDITOR_TEXT[name][props.lang]}
            </button>
          ))}
        </div>
        {aside}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="editor-tabs__panel">
        <Suspense fallback={<p className="app-loading">{props.lang === 'nl' ? 'Laden…' : 'Loading…'}</p>}>
          <Tab {...props} />
        </Suspense>
      </div>
    </>
  );
}
