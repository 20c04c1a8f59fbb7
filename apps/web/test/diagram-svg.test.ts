import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '@koers/engine';
import { toDot, toSvg } from '@koers/diagram';
import { isAllowedAttribute, isAllowedElement, stepLabel, stepOfTitle } from '../src/pages/coach/diagram-svg';

const root = join(import.meta.dirname, '..', '..', '..');

function shipped(id: string) {
  const files = ['workflows', 'forms'].flatMap((sub) => readdirSync(join(root, sub)).filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: `${sub}/${f}`, text: readFileSync(join(root, sub, f), 'utf8') })));
  const def = loadBundle(files).definitions.find((d) => d.definition.id === id);
  if (!def) throw new Error(`no workflow ${id}`);
  return def;
}

describe('inlining the overview diagram', () => {
  it('keeps only the elements Graphviz draws shapes and text with', () => {
    for (const name of ['svg', 'g', 'path', 'polygon', 'ellipse', 'text', 'title']) expect(isAllowedElement(name)).toBe(true);
    for (const name of ['script', 'foreignObject', 'style', 'image', 'use', 'iframe', 'a', 'animate', 'set']) expect(isAllowedElement(name)).toBe(false);
  });

  it('drops event handlers, links, styles, ids and values that could load something', () => {
    expect(isAllowedAttribute('fill', '#f4845a')).toBe(true);
    expect(isAllowedAttribute('d', 'M1,2C3,4 5,6 7,8')).toBe(true);
    expect(isAllowedAttribute('xml:space', 'preserve')).toBe(true);
    expect(isAllowedAttribute('viewBox', '0 0 10 10')).toBe(true);
    for (const [name, value] of [['onclick', 'alert(1)'], ['onLoad', 'x'], ['href', '#a'], ['xlink:href', 'https://example.org'],
      ['style', 'fill:red'], ['id', 'node1'], ['xlink:title', 'intake'], ['target', '_blank']]) {
      expect(isAllowedAttribute(name!, value!), name).toBe(false);
    }
    expect(isAllowedAttribute('fill', 'url(https://example.org/x.svg#p)')).toBe(false);
    expect(isAllowedAttribute('fill', 'URL (#grad)')).toBe(false);
    expect(isAllowedAttribute('class', 'javascript:alert(1)')).toBe(false);
  });

  it('reads the step path from a node title and ignores start dots, clusters and edges', () => {
    expect(stepOfTitle('s:intake')).toBe('intake');
    expect(stepOfTitle('s:uitvoering.begeleiding.voortgangsgesprek')).toBe('uitvoering.begeleiding.voortgangsgesprek');
    for (const title of ['start:', 'start:uitvoering', 'cluster_uitvoering', 'in:uitvoering', 's:a->s:b', 's:', '', null, undefined]) {
      expect(stepOfTitle(title), String(title)).toBeUndefined();
    }
  });

  it('names a step by the text it shows, plus what it does not show', () => {
    expect(stepLabel(' Intakegesprek\n Directie   1 traject  1 over tijd ', undefined)).toBe('Intakegesprek Directie 1 traject 1 over tijd');
    expect(stepLabel('Planning\nDirectie', '0 scholen')).toBe('Planning Directie (0 scholen)');
  });

  it('finds every overview step (every leaf step) among the nodes of the real diagram', async () => {
    const def = shipped('pd-schoolontwikkeling');
    const svg = await toSvg(toDot(def, { overlay: { intake: { count: 1, overdue: 1 } } }));
    const titles = [...svg.matchAll(/<g id="[^"]*" class="node">\s*<title>([^<]*)<\/title>/g)].map((match) => match[1]!.replace(/&#45;/g, '-'));
    const steps = titles.map(stepOfTitle).filter((p): p is string => p !== undefined);
    const leaves = [...def.index.states.values()].filter((s) => s.kind === 'atomic' || s.kind === 'final').map((s) => s.path);
    expect(leaves.length).toBeGreaterThan(5);
    expect(new Set(steps)).toEqual(new Set(leaves));
    // Edge titles never pass for steps.
    const edges = [...svg.matchAll(/<g id="[^"]*" class="edge">\s*<title>([^<]*)<\/title>/g)].map((match) => match[1]!);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.map((e) => stepOfTitle(e.replace(/&#45;&gt;/g, '->'))).filter(Boolean)).toEqual([]);
  });
});
