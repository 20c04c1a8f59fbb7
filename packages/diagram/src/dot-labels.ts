import type { Lang } from '@koers/engine';
import type { DiagramEdge, DiagramState } from './model';
import { type StepCount, badgeTexts } from './overlay';
import { COLOURS } from './theme';
import { CLOCK } from './time';
import { htmlText, wrap } from './text';
import { word } from './words';

const lines = (text: string, width: number) => wrap(text, width).map(htmlText).join('<BR/>');

/** A row of pills under a step's title: dark ones, and red for the last when it says "overdue". */
function pills(texts: readonly { text: string; colour: string }[]): string {
  if (texts.length === 0) return '';
  const cells = texts.map(({ text, colour }) =>
    `<TD BGCOLOR="${colour}" STYLE="rounded" CELLPADDING="3"><FONT COLOR="#ffffff" POINT-SIZE="10"><B> ${htmlText(text)} </B></FONT></TD>`);
  return `<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="0"><TR>${cells.join('')}</TR></TABLE></TD></TR>`;
}

/** Badges for a step's overlay counts (a dark pill for the count, a red one for overdue), or its position mark. */
function badges(entry: StepCount | undefined, marks: readonly string[], lang: Lang): string {
  if (entry) {
    const { count, overdue } = badgeTexts(entry, lang);
    return pills([{ text: count, colour: COLOURS.badge }, ...(overdue ? [{ text: overdue, colour: COLOURS.overdue }] : [])]);
  }
  return pills(marks.map((text, i) => ({ text, colour: i === 0 ? COLOURS.here : COLOURS.overdue })));
}

/** A step's label: bold title, the roles small underneath, then the overlay badges. */
export function stateLabel(
  state: DiagramState, lang: Lang, entry: StepCount | undefined, extra?: string, align = 'CENTER', marks: readonly string[] = [],
): string {
  const td = `<TD ALIGN="${align}" BALIGN="${align}">`;
  const rows = [`<TR>${td}<B>${lines(state.title, state.decision ? 16 : 24)}</B></TD></TR>`];
  const small = [state.roles.join(', '), extra].filter(Boolean).join(' · ');
  // On a heat colour the grey would fade; counted steps get dark small print.
  const colour = entry ? COLOURS.text : COLOURS.muted;
  if (small) rows.push(`<TR>${td}<FONT POINT-SIZE="10" COLOR="${colour}">${lines(small, 34)}</FONT></TD></TR>`);
  // Deadline and reminders in the timers' colour, the clock before the first line.
  state.time.forEach((line, i) => rows.push(`<TR>${td}<FONT POINT-SIZE="10" COLOR="${COLOURS.timer}">${lines(i === 0 ? `${CLOCK} ${line}` : line, 34)}</FONT></TD></TR>`));
  const badge = badges(entry, marks, lang);
  if (badge) rows.push(badge);
  return `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">${rows.join('')}</TABLE>>`;
}

/** A cluster's label: like a step's, left-aligned above its children. */
export function clusterLabel(state: DiagramState, lang: Lang, entry: StepCount | undefined): string {
  const extra = state.kind === 'parallel' ? `${word('parallel', lang)}: ${word('parallelHint', lang)}` : undefined;
  return stateLabel(state, lang, entry, extra, 'LEFT');
}

/** `als …` in plain words (the author's own when the guard has them), or just `anders` for the fallback. */
export function conditionText(edge: DiagramEdge, lang: Lang): string {
  if (!edge.condition) return '';
  return edge.otherwise ? edge.condition : `${word('if', lang)} ${edge.condition}`;
}

/** `⚠ signaal, tenzij …` for each soft rule of a transition: it is taken all the same, with a flag. */
export function warningTexts(edge: DiagramEdge, lang: Lang): string[] {
  return (edge.warnings ?? []).map((w) => `⚠ ${word('warning', lang)} ${w}`);
}

/** A transition's label: what happens (the event), the condition underneath in brackets, then its soft rules. */
export function edgeLabel(edge: DiagramEdge, lang: Lang): string {
  const one = (e: DiagramEdge) => {
    const parts = [lines(e.label, 26)];
    if (e.timer) parts.push(`<I>${lines(e.timer, 30)}</I>`);
    if (e.condition) parts.push(`<FONT POINT-SIZE="10" COLOR="${COLOURS.condition}">${lines(conditionText(e, lang), 34)}</FONT>`);
    for (const text of warningTexts(e, lang)) parts.push(`<FONT POINT-SIZE="10" COLOR="${COLOURS.warning}">${lines(text, 34)}</FONT>`);
    return parts.join('<BR/>');
  };
  const all = [edge, ...(edge.more ?? [])];
  // Several ways to stay in a step: one bullet each on the shared loop.
  return `<${all.length === 1 ? one(edge) : all.map((e) => `• ${one(e)}`).join('<BR/>')}>`;
}
