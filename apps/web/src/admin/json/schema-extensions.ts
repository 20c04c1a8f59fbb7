import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { hoverTooltip, type EditorView, type Tooltip } from '@codemirror/view';
import type { Lang } from '@koers/engine';
import type { SyntaxNode } from '@lezer/common';
import { keyOf, objectMembers, placeAt } from './pointer-locator';
import { describePlace, keyOptions, schemasAt, valueOptions, type SchemaNode } from './schema-help';

/*
 * Completion and hover from the published format schema, over lang-json's syntax tree (so they also work
 * while the text does not parse).
 */

const SCALARS = new Set(['String', 'Number', 'True', 'False', 'Null']);

/** The whole tree (a path needs every ancestor): the parser may not have reached the end of a long file yet. */
const treeOf = (state: EditorState) => ensureSyntaxTree(state, state.doc.length, 200) ?? syntaxTree(state);

/** The keys already written in the object around `pos`, the one being typed left out. */
function keysAround(node: SyntaxNode | null, text: string, typing?: { from: number }): Set<string> {
  while (node && node.name !== 'Object') node = node.parent;
  const keys = new Set<string>();
  for (const member of node ? objectMembers(node) : []) {
    const name = member.firstChild;
    if (name?.name !== 'PropertyName' || name.from === typing?.from) continue;
    const key = keyOf(name, text);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/**
 * Completes keys (those the schema names for the object being written, required first) and values (a
 * field's allowed values). Typing a quote in an object or Ctrl-Space opens it.
 */
export function schemaCompletion(schema: SchemaNode, lang: () => Lang) {
  return (context: CompletionContext): CompletionResult | null => {
    const tree = treeOf(context.state);
    const text = context.state.doc.toString();
    const place = placeAt(tree, text, context.pos);
    if (!place) return null;
    const schemas = schemasAt(schema, place.path);
    const node = tree.resolveInner(context.pos, -1);
    if (place.inKey) {
      const typed = place.key ?? context.matchBefore(/"?[\w$-]*/) ?? { from: context.pos, to: context.pos };
      if (!context.explicit && typed.from === context.pos) return null;
      const options: Completion[] = keyOptions(schema, schemas, keysAround(node, text, place.key)).map((option) => ({
        label: JSON.stringify(option.key),
        displayLabel: option.key,
        type: 'property',
        boost: option.required ? 1 : 0,
        ...(option.required ? { detail: lang() === 'nl' ? 'verplicht' : 'required' } : {}),
        ...(option.description ? { info: option.description } : {}),
        apply: applyKey(option.key),
      }));
      return options.length ? { from: typed.from, options, filter: true } : null;
    }
    const values = valueOptions(schemas);
    if (!values.length) return null;
    const from = SCALARS.has(node.name) ? node.from : context.pos;
    if (!context.explicit && from === context.pos) return null;
    return { from, filter: true, options: values.map((value) => ({ label: JSON.stringify(value), type: 'enum', apply: applyValue(value) })) };
  };
}

/**
 * The filter reads the text from `from` to the cursor; applying replaces the whole key or value, also the part
 * after the cursor (the closing quote that closeBrackets typed, the rest of an old value).
 */
function replaceToken(view: EditorView, from: number, to: number, insert: string, token: (node: SyntaxNode) => boolean) {
  const node = treeOf(view.state).resolveInner(from, 1);
  const end = node.from === from && token(node) ? Math.max(node.to, to) : to;
  view.dispatch({ changes: { from, to: end, insert }, selection: { anchor: from + insert.length }, userEvent: 'input.complete' });
}

/** A key, with `: ` after it unless its colon is already there. */
const applyKey = (key: string) => (view: EditorView, _completion: Completion, from: number, to: number) => {
  const node = treeOf(view.state).resolveInner(from, 1);
  const hasColon = node.name === 'PropertyName' && node.from === from && node.nextSibling?.name === ':';
  replaceToken(view, from, to, hasColon ? JSON.stringify(key) : `${JSON.stringify(key)}: `, (n) => n.name === 'PropertyName');
};

const applyValue = (value: unknown) => (view: EditorView, _completion: Completion, from: number, to: number) =>
  replaceToken(view, from, to, JSON.stringify(value), (n) => SCALARS.has(n.name));

/** Hovering a key or a value tells what the format expects there (description, kind, allowed values). */
export function schemaHover(schema: SchemaNode, lang: () => Lang) {
  return hoverTooltip((view: EditorView, pos: number, side: -1 | 1): Tooltip | null => {
    const tree = treeOf(view.state);
    const text = view.state.doc.toString();
    const place = placeAt(tree, text, pos + (side > 0 ? 1 : 0));
    if (!place) return null;
    const path = place.inKey ? (place.keyText !== undefined ? [...place.path, place.keyText] : undefined) : place.path;
    if (!path) return null;
    const lines = describePlace(schemasAt(schema, path), lang());
    if (!lines.length) return null;
    const at = place.key ?? { from: pos, to: pos };
    return {
      pos: at.from, end: at.to, above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'json-tab__hover';
        const title = document.createElement('strong');
        title.textContent = path.length ? path.join(' › ') : '(root)';
        dom.append(title, ...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
        return { dom };
      },
    };
  });
}
