import type { SyntaxNode, Tree } from '@lezer/common';
import { escapePointer, pointerSegments } from '@koers/engine';

/*
 * JSON pointers <-> places in the text, over lang-json's syntax tree (which also exists, with error nodes, while
 * the text does not parse). The lint problems and the selection speak in pointers, the editor in offsets.
 */

/** Where a pointer is in the text: its value, the key naming it (object members) and whether it exists. */
export interface PointerPlace {
  /** The value (for a missing member: the nearest existing ancestor's value). */
  from: number;
  to: number;
  /** The member's key, quotes included, when the value is an object member. */
  key?: { from: number; to: number };
  /** False when the pointer goes further than the text: the place is its nearest existing ancestor. */
  exact: boolean;
}

const PUNCTUATION = new Set(['{', '}', '[', ']', ',', ':', '⚠']);

/** The value nodes of an array, in order (its brackets, commas and error nodes left out). */
function arrayItems(array: SyntaxNode): SyntaxNode[] {
  const items: SyntaxNode[] = [];
  for (let child = array.firstChild; child; child = child.nextSibling) {
    if (!PUNCTUATION.has(child.name)) items.push(child);
  }
  return items;
}

/** The key a PropertyName node spells (unescaped), or undefined while it is not a whole string yet. */
export function keyOf(name: SyntaxNode, text: string): string | undefined {
  try {
    const key: unknown = JSON.parse(text.slice(name.from, name.to));
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** A Property's value node (after its colon), if it has one yet. */
export function propertyValue(property: SyntaxNode): SyntaxNode | undefined {
  const value = property.lastChild;
  return value && value.name !== 'PropertyName' && !PUNCTUATION.has(value.name) ? value : undefined;
}

/** The Property nodes of an object, in order. */
export function objectMembers(object: SyntaxNode): SyntaxNode[] {
  const members: SyntaxNode[] = [];
  for (let child = object.firstChild; child; child = child.nextSibling) if (child.name === 'Property') members.push(child);
  return members;
}

/**
 * Finds the text of the value at a JSON pointer (`/machine/states/intake`); with duplicate keys, the last one
 * (as JSON.parse keeps it). Undefined only when the text has no value at all.
 * @example locatePointer(jsonLanguage.parser.parse(text), text, '/machine/initial')
 */
export function locatePointer(tree: Tree, text: string, pointer: string): PointerPlace | undefined {
  let node = tree.topNode.firstChild;
  while (node && PUNCTUATION.has(node.name)) node = node.nextSibling;
  if (!node) return undefined;
  let key: PointerPlace['key'];
  for (const segment of pointerSegments(pointer)) {
    let next: SyntaxNode | undefined;
    let nextKey: PointerPlace['key'];
    if (node.name === 'Object') {
      for (const member of objectMembers(node)) {
        const name = member.firstChild;
        if (name?.name !== 'PropertyName' || keyOf(name, text) !== segment) continue;
        next = propertyValue(member);
        nextKey = { from: name.from, to: name.to };
      }
    } else if (node.name === 'Array' && /^(0|[1-9]\d*)$/.test(segment)) {
      next = arrayItems(node)[Number(segment)];
      nextKey = undefined;
    }
    if (!next) return { from: node.from, to: node.to, ...(key ? { key } : {}), exact: false };
    node = next;
    key = nextKey;
  }
  return { from: node.from, to: node.to, ...(key ? { key } : {}), exact: true };
}

/** What is at an offset: the pointer of the value (or key) there and, inside an object, whether a key is being written. */
export interface PlaceAt {
  /** Pointer segments of the value the offset is in; for a key, of that member's value. */
  path: string[];
  /** The offset is where a key goes or inside a key: `path` is then the object's path, `key` the key node (if any). */
  inKey: boolean;
  key?: { from: number; to: number };
  /** The key written there, once it is a whole string. */
  keyText?: string;
}

/** The path of a value node from the root, following Property and Array parents. */
function pathOf(node: SyntaxNode, text: string): string[] | undefined {
  const path: string[] = [];
  for (let current: SyntaxNode = node; current.parent && current.parent.name !== 'JsonText'; ) {
    const parent: SyntaxNode = current.parent;
    if (parent.name === 'Property') {
      const name = parent.firstChild;
      const key = name && name.name === 'PropertyName' ? keyOf(name, text) : undefined;
      if (key === undefined) return undefined;
      path.unshift(key);
      current = parent.parent ?? parent;
    } else if (parent.name === 'Array') {
      const index = arrayItems(parent).findIndex((item) => item.from === current.from && item.to === current.to);
      if (index < 0) return undefined;
      path.unshift(String(index));
      current = parent;
    } else return undefined;
  }
  return path;
}

/**
 * What the text is at `pos` (for completion and hover). Undefined where it has no meaning (between tokens
 * outside an object, in a half-written value).
 */
export function placeAt(tree: Tree, text: string, pos: number): PlaceAt | undefined {
  let node: SyntaxNode | null = tree.resolveInner(pos, -1);
  if (node.name === 'PropertyName' || (node.name === '⚠' && node.parent?.name === 'Property' && node.prevSibling?.name === 'PropertyName')) {
    const name = node.name === 'PropertyName' ? node : node.prevSibling!;
    const object = name.parent?.parent;
    const path = object ? pathOf(object, text) : undefined;
    const keyText = keyOf(name, text);
    return path && { path, inKey: true, key: { from: name.from, to: name.to }, ...(keyText !== undefined ? { keyText } : {}) };
  }
  // After a key's colon, before (or instead of) its value: that member's value.
  const property = node.name === 'Property' ? node : (node.name === ':' || node.name === '⚠') && node.parent?.name === 'Property' ? node.parent : null;
  if (property && property.getChild(':') && pos >= property.getChild(':')!.to) {
    const name = property.firstChild;
    const key = name?.name === 'PropertyName' ? keyOf(name, text) : undefined;
    const path = property.parent ? pathOf(property.parent, text) : undefined;
    return path && key !== undefined ? { path: [...path, key], inKey: false } : undefined;
  }
  if (node.name === '⚠' && node.parent?.name === 'Object') node = node.parent;
  if (node.name === 'Object' || node.name === '{' || node.name === ',') {
    const object = node.name === 'Object' ? node : node.parent;
    if (object?.name === 'Object' && pos > object.from && pos < object.to) {
      const path = pathOf(object, text);
      return path && { path, inKey: true };
    }
  }
  // A scalar or a container's bracket: the value it belongs to.
  while (node && PUNCTUATION.has(node.name)) node = node.parent;
  if (!node || node.name === 'JsonText' || node.name === 'Property') return undefined;
  const path = pathOf(node, text);
  return path && { path, inKey: false };
}

/** Segments joined to a pointer: `['a', 'b/c']` -> `/a/b~1c`. */
export const toPointer = (segments: readonly string[]) => segments.map((s) => `/${escapePointer(s)}`).join('');
