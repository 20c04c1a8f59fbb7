import { ensureSyntaxTree } from '@codemirror/language';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import type { JsonObject, Lang, Problem } from '@koers/engine';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { problemDiagnostics, problemRange } from './diagnostics';
import { editorExtensions, fromOutside, highlightEffect, languageExtensions } from './editor-setup';
import { formatJson, readJsonText, sameJson, textChange, type BundleFile, type TextOutcome } from './json-text';
import { locatePointer } from './pointer-locator';
import type { SchemaNode } from './schema-help';

/** Why the text does not parse, and where (an offset range). */
export type InvalidText = Extract<TextOutcome, { kind: 'invalid' }>;

interface Options {
  file: BundleFile;
  /** The file's value in the bundle now. */
  value: JsonObject | undefined;
  schema: SchemaNode;
  /** The engine's problems of this file. */
  problems: readonly Problem[];
  lang: Lang;
  label: string;
  /** The admin wrote a text that parses to a new value. */
  onValue: (value: JsonObject) => void;
}

/** The editor of one file, and what the tab shows around it. */
export interface JsonEditor {
  container: RefObject<HTMLDivElement | null>;
  /** Why the text does not parse now, or null. */
  invalid: InvalidText | null;
  /** Another tab's value that did not replace the text because the admin was typing; null when none. */
  pending: JsonObject | null;
  takePending: () => void;
  /** Highlights (and scrolls to) the JSON at a pointer (null: none); `cursor`: moves the cursor there instead, and focuses. */
  reveal: (pointer: string | null, how: { cursor: boolean }) => void;
  /** Moves the cursor to an offset and focuses the editor. */
  goTo: (pos: number) => void;
}

/**
 * Keys the editor handled, and undo/redo (the text keeps its own history), stop at the editor: outside the
 * shadow root they would seem to come from a plain element, and the page's own shortcuts would act on them too.
 */
function keepKeysInside(event: KeyboardEvent) {
  const undoRedo = (event.ctrlKey || event.metaKey) && /^[zy]$/i.test(event.key);
  if (event.defaultPrevented || undoRedo) event.stopPropagation();
}

const fullTree = (state: EditorState) => ensureSyntaxTree(state, state.doc.length, 500)!;

/**
 * A CodeMirror view over one file of the bundle. Typing that parses goes to `onValue` with the value as written;
 * typing that does not parse stays in the editor (with where and why); a value from elsewhere replaces the text
 * unless that would lose what the admin is typing (then it waits in `pending`).
 */
export function useJsonEditor(options: Options): JsonEditor {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(options);
  latest.current = options;
  /** The value the text stands for: last shown or last passed on. */
  const shown = useRef<{ file: BundleFile; value: JsonObject | undefined }>({ file: options.file, value: options.value });
  const [invalid, setInvalid] = useState<InvalidText | null>(null);
  const invalidRef = useRef(invalid);
  invalidRef.current = invalid;
  const [pending, setPending] = useState<JsonObject | null>(null);
  const [revision, setRevision] = useState(0);
  const [languageSlot] = useState(() => new Compartment());

  const onUpdate = useCallback((update: ViewUpdate) => {
    if (!update.docChanged) return;
    setRevision((n) => n + 1);
    if (update.transactions.some((tr) => tr.annotation(fromOutside))) return;
    const outcome = readJsonText(update.state.doc.toString(), shown.current.value, shown.current.file);
    if (outcome.kind === 'invalid') return setInvalid(outcome);
    setInvalid(null);
    if (outcome.kind === 'changed') {
      shown.current = { ...shown.current, value: outcome.value };
      setPending(null);
      latest.current.onValue(outcome.value);
    }
  }, []);

  const stateFor = useCallback((value: JsonObject | undefined) => EditorState.create({
    doc: value ? formatJson(value) : '',
    extensions: [
      editorExtensions(latest.current.schema, () => latest.current.lang),
      languageSlot.of(languageExtensions(latest.current.lang, latest.current.label)),
      EditorView.updateListener.of(onUpdate),
    ],
  }), [languageSlot, onUpdate]);

  // In a shadow root: CodeMirror then styles itself with constructed style sheets, which the app's Content
  // Security Policy (style-src 'self', no inline <style>) allows; in the document it would add <style> tags.
  useEffect(() => {
    const host = container.current!;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const created = new EditorView({ state: stateFor(shown.current.value), parent: root, root });
    view.current = created;
    host.addEventListener('keydown', keepKeysInside);
    return () => {
      host.removeEventListener('keydown', keepKeysInside);
      created.destroy();
      view.current = null;
    };
  }, [stateFor]);

  // Another file: its own text (and undo history). The same file, another value: another tab's change.
  const { file, value } = options;
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    if (shown.current.file !== file) {
      shown.current = { file, value };
      current.setState(stateFor(value));
      setInvalid(null);
      setPending(null);
      setRevision((n) => n + 1);
      return;
    }
    if (value === shown.current.value) return;
    if (sameJson(value, shown.current.value)) {
      shown.current = { file, value };
      return;
    }
    const text = current.state.doc.toString();
    const typing = invalidRef.current !== null || (current.hasFocus && text !== formatJson(shown.current.value ?? {}));
    if (typing) return setPending(value ?? null);
    shown.current = { file, value };
    const change = textChange(text, value ? formatJson(value) : '');
    if (change) current.dispatch({ changes: change, annotations: fromOutside.of(true) });
    setPending(null);
  }, [file, value, stateFor]);

  const takePending = useCallback(() => {
    const current = view.current;
    if (!current || !pending) return;
    shown.current = { ...shown.current, value: pending };
    const change = textChange(current.state.doc.toString(), formatJson(pending));
    if (change) current.dispatch({ changes: change, annotations: fromOutside.of(true) });
    setInvalid(null);
    setPending(null);
  }, [pending]);

  const { lang, label, problems } = options;
  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.reconfigure(languageExtensions(lang, label)) });
  }, [lang, label, languageSlot]);

  // The problems where they point (and the parse error where the parser stopped), again after every change.
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    const diagnostics: Diagnostic[] = problemDiagnostics(fullTree(current.state), text, problems, lang);
    if (invalid) diagnostics.unshift({ from: invalid.from, to: invalid.to, severity: 'error', message: invalid.message[lang], source: 'json' });
    current.dispatch(setDiagnostics(current.state, diagnostics));
  }, [problems, invalid, lang, revision]);

  const goTo = useCallback((pos: number) => {
    const current = view.current;
    if (!current) return;
    current.dispatch({ selection: { anchor: Math.min(pos, current.state.doc.length) }, scrollIntoView: true });
    current.focus();
  }, []);

  const reveal = useCallback((pointer: string | null, how: { cursor: boolean }) => {
    const current = view.current;
    if (!current) return;
    if (pointer === null) return current.dispatch({ effects: highlightEffect.of(null) });
    const tree = fullTree(current.state);
    const text = current.state.doc.toString();
    if (how.cursor) return goTo(problemRange(tree, text, pointer).from);
    // The whole member (key and value) is what is selected; nothing when it is not (or no longer) there.
    const place = locatePointer(tree, text, pointer);
    const range = place?.exact ? { from: place.key?.from ?? place.from, to: place.to } : null;
    current.dispatch({ effects: [highlightEffect.of(range), ...(range ? [EditorView.scrollIntoView(range.from, { y: 'start', yMargin: 48 })] : [])] });
  }, [goTo]);

  return { container, invalid, pending, takePending, reveal, goTo };
}
