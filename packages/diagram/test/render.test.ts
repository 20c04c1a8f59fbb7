import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { renderDiagram, toDot, toPng, toSvg } from '@koers/diagram';
import { fixture } from './fixtures';

const mini = fixture('valid', 'mini');
const parallel = fixture('parallel', 'parallel');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks that every element opened in the SVG is closed in order: enough to catch broken markup. */
function unbalancedTags(xml: string): string[] {
  const body = xml.replace(/<\?xml[^>]*\?>/g, '').replace(/<!DOCTYPE[^>]*>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const stack: string[] = [];
  const problems: string[] = [];
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
  }
  return [...problems, ...stack.map((n) => `<${n}> never closed`)];
}

describe('toSvg', () => {
  it('renders well-formed SVG that contains the Dutch titles', async () => {
    const svg = await toSvg(toDot(parallel));
    expect(svg).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    expect(unbalancedTags(svg)).toEqual([]);
    for (const title of ['Voorbereiding', 'Kennismaking', 'Uitvoering', 'Spoor team', 'Spoor bezoeken', 'Afgerond']) {
      expect(svg).toContain(`>${title}</text>`);
    }
    expect(svg).toContain('font-family="DejaVu Sans');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it('reuses one Graphviz instance: the second render is fast', async () => {
    await toSvg(toDot(mini));
    const started = performance.now();
    await toSvg(toDot(mini));
    expect(performance.now() - started).toBeLessThan(150);
  });
});

describe('toPng', () => {
  it('produces a PNG of non-trivial size, and honours a requested width', async () => {
    const svg = await toSvg(toDot(mini));
    const png = toPng(svg);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.byteLength).toBeGreaterThan(20_000);
    const narrow = toPng(svg, { width: 400 });
    expect(new DataView(narrow.buffer, narrow.byteOffset).getUint32(16)).toBe(400);
  });

  it('draws the text: the same diagram without any text would be much smaller', async () => {
    const svg = await toSvg(toDot(mini));
    const withoutText = svg.replace(/<text[^>]*>[^<]*<\/text>/g, '');
    expect(toPng(svg, { width: 800 }).byteLength).toBeGreaterThan(toPng(withoutText, { width: 800 }).byteLength * 1.3);
  });
});

describe('renderDiagram', () => {
  it('renders every format from a definition', async () => {
    expect(await renderDiagram(mini, 'dot')).toMatch(/^digraph "mini" \{/);
    expect(await renderDiagram(mini, 'mermaid')).toContain('stateDiagram-v2');
    expect(await renderDiagram(mini, 'svg', { lang: 'en' })).toContain('>Execution</text>');
    const png = await renderDiagram(mini, 'png', { width: 600 });
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
