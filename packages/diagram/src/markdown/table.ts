/**
 * Escapes text from a definition for Markdown prose, so a title with `*`, `_`, `<` or a backtick shows as
 * written instead of turning into formatting or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_<>]/g, (c) => `\\${c}`);
}

/** Makes text safe in a Markdown table cell: pipes escaped, line breaks flattened. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').trim() || ' ';
}

/** A Markdown table from a header row and body rows (cells are escaped here). */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
