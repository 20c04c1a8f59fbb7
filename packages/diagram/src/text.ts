/** Escapes text for a Graphviz HTML-like label (`<...>`). */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\r\n\t]+/g, ' ');
}

/** A Graphviz ID as a double-quoted string, safe for any characters. */
export function dotId(id: string): string {
  return `"${id.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Breaks text into lines of at most `width` characters at spaces (a longer word keeps its own line),
 * so labels stay narrow enough to read.
 * @example wrap('Startgesprek met de schoolleider', 16) // ['Startgesprek met', 'de schoolleider']
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  // A lone short word on the last line reads badly ("minstens / 2"): pull it up when it nearly fits.
  const last = lines.at(-1);
  if (lines.length > 1 && last !== undefined && last.length <= 4 && lines.at(-2)!.length + 1 + last.length <= width + 6) {
    lines.splice(-2, 2, `${lines.at(-2)} ${last}`);
  }
  return lines;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
