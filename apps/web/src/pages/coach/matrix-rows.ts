import { textIn, type Lang } from '@koers/engine';
import type { OverviewAll } from '../../api/overview';
import type { Filter } from './rows';

export type MatrixSchool = OverviewAll['schools'][number];
export type MatrixCell = MatrixSchool['trajectories'][number];
export type MatrixType = OverviewAll['types'][number];

/**
 * The matrix's rows under a filter, in the server's order (most urgent first): "only overdue" and "only with open
 * flags" keep the trajectories that are so (and the schools that have one); the text matches a school's name, or a
 * trajectory's type, label, step or the roles it waits for (then the school keeps all its trajectories).
 */
export function filterMatrix(data: OverviewAll, filter: Pick<Filter, 'text' | 'onlyOverdue' | 'onlyFlagged'>, lang: Lang): MatrixSchool[] {
  const needle = filter.text.trim().toLocaleLowerCase(lang);
  const typeTitle = new Map(data.types.map((t) => [t.id, textIn(t.title, lang)]));
  const matches = (text: string) => text.toLocaleLowerCase(lang).includes(needle);
  const cellText = (cell: MatrixCell) => [typeTitle.get(cell.type.id) ?? cell.type.id, cell.label ?? '',
    ...cell.steps.map((s) => textIn(s.title, lang)), ...cell.waitingRoles.map((r) => textIn(r.title, lang))].join(' ');
  return data.schools.flatMap((row) => {
    const kept = row.trajectories.filter((cell) => (!filter.onlyOverdue || cell.overdue) && (!filter.onlyFlagged || cell.openFlags > 0));
    const found = !needle || matches(row.school.name) ? kept : kept.filter((cell) => matches(cellText(cell)));
    return found.length === 0 ? [] : [{ ...row, trajectories: found }];
  });
}
