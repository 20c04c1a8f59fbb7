import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, foldKeymap, indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { Annotation, EditorState, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type Command, type DecorationSet } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import type { Lang } from '@koers/engine';
import { schemaCompletion, schemaHover } from './schema-extensions';
import type { SchemaNode } from './schema-help';
import type { TextRange } from './diagnostics';

/** Marks a transaction that shows another tab's change (or another file): it is not the admin's typing. */
export const fromOutside = Annotation.define<boolean>();

/** Sets (or clears, with null) the highlighted JSON of the selection. */
export const highlightEffect = StateEffect.define<TextRange | null>();

const selectedLine = Decoration.line({ class: 'cm-koers-selected' });

/** Line decorations over every line of a range. */
function linesOf(doc: Text, range: TextRange): DecorationSet {
  const first = doc.lineAt(range.from).number;
  const last = doc.lineAt(range.to).number;
  const marks = [];
  for (let n = first; n <= last; n++) marks.push(selectedLine.range(doc.line(n).from));
  return Decoration.set(marks);
}

/** The selection's JSON, its lines highlighted; it moves with edits around it. */
const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(highlightEffect)) next = effect.value ? linesOf(tr.state.doc, effect.value) : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Tab indents (two spaces, or the selected lines); Escape then Tab leaves the editor (CodeMirror's tab-focus
// mode), so the keyboard is never trapped. Shift-Tab takes two spaces off the start of the lines.
const indentLines = (view: EditorView, more: boolean): boolean => {
  const { state } = view;
  if (more && state.selection.ranges.every((r) => r.empty)) {
    view.dispatch(state.replaceSelection('  '), { userEvent: 'input' });
    return true;
  }
  const changes = [];
  const lines = new Set<number>();
  for (const range of state.selection.ranges) {
    for (let pos = range.from; pos <= range.to; ) {
      const line = state.doc.lineAt(pos);
      if (!lines.has(line.number)) {
        lines.add(line.number);
        const spaces = /^ {0,2}/.exec(line.text)![0].length;
        if (more) changes.push({ from: line.from, insert: '  ' });
        else if (spaces) changes.push({ from: line.from, to: line.from + spaces });
      }
      pos = line.to + 1;
    }
  }
  if (changes.length) view.dispatch({ changes, userEvent: more ? 'input.indent' : 'delete.dedent' });
  return true;
};
const indentMore: Command = (view) => indentLines(view, true);
const indentLess: Command = (view) => indentLines(view, false);

/** CodeMirror's own words, in Dutch when the admin reads Dutch. */
const DUTCH_PHRASES: Record<string, string> = {
  'Folded lines': 'Ingeklapte regels', 'Unfolded lines': 'Uitgeklapte regels', 'Fold line': 'Regel inklappen',
  'Unfold line': 'Regel uitklappen', folded: 'ingeklapt', unfold: 'uitklappen', Diagnostics: 'Meldingen',
  'No diagnostics': 'Geen meldingen', close: 'sluiten', Completions: 'Aanvullingen', 'Control character': 'Stuurteken',
};

/** The extensions that depend on the admin's language (reconfigured in a compartment when it changes). */
export function languageExtensions(lang: Lang, label: string): Extension {
  return [
    lang === 'nl' ? EditorState.phrases.of(DUTCH_PHRASES) : [],
    EditorView.contentAttributes.of({ 'aria-label': label }),
  ];
}

/**
 * The JSON tab's editor: CodeMirror's minimal setup plus line numbers, folding, bracket matching, JSON,
 * completion and hover from `schema`, a lint gutter (the diagnostics are set from outside) and the
 * selection's highlight. Only what is used is imported, to keep the lazy admin chunk small.
 */
export function editorExtensions(schema: SchemaNode, lang: () => Lang): Extension {
  return [
    minimalSetup,
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    foldGutter(),
    bracketMatching(),
    closeBrackets(),
    indentUnit.of('  '),
    EditorView.lineWrapping,
    json(),
    autocompletion({ override: [schemaCompletion(schema, lang)], icons: false }),
    schemaHover(schema, lang),
    lintGutter(),
    highlightField,
    keymap.of([...closeBracketsKeymap, ...completionKeymap, ...foldKeymap, ...lintKeymap,
      { key: 'Tab', run: indentMore, shift: indentLess }]),
    EditorView.theme({
      // The editor lives in a shadow root (see useJsonEditor): all of its look is here, the page's CSS does not reach in.
      '&': { fontSize: '0.9rem', border: '1px solid var(--line)', borderRadius: '6px', background: '#fff', height: 'min(70vh, 48rem)' },
      '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
      '.json-tab__hover': { maxWidth: '24rem', padding: '0.4rem 0.6rem', fontSize: '0.85rem' },
      '.json-tab__hover p': { margin: '0.2rem 0 0' },
      '&.cm-focused': { outline: '3px solid var(--primary)', outlineOffset: '2px' },
      '.cm-koers-selected': { background: 'var(--primary-soft)', boxShadow: 'inset 3px 0 0 var(--primary)' },
      '.cm-gutters': { background: 'var(--page)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
    }),
  ];
}
