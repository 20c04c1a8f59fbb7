import { escapePointer, type JsonObject, type Problem } from '@koers/engine';
import { moveItem } from '../model/actions';
import { branchesAt, selectionEvent, setBranches, sourceKeys, type Branch, type BranchSource } from '../model/transitions';
import { BranchEditor } from './transition-branch';
import { problemsUnder, stepPointer, type StepEditing } from './transition-context';
import { tt } from './transition-text';

/**
 * The branches of one source (an event, the automatic choices or `onDone`) in order: the first whose condition
 * holds is taken. Lint problems show at the branch they point at; those about the whole list above it.
 */
export function BranchList({ ctx, source, eventForm, addLabel, newBranch, level }: {
  ctx: StepEditing;
  source: BranchSource;
  eventForm: string | undefined;
  addLabel: string;
  /** The first config of a branch the admin adds. */
  newBranch: () => JsonObject;
  /** The heading level of each branch. */
  level: 4 | 5;
}) {
  const { bundle, path, lang, selection, onSelect, onChange } = ctx;
  const read = branchesAt(bundle, path, source);
  const { branches } = read;
  const base = `${stepPointer(path)}${sourceKeys(source).map((k) => `/${escapePointer(k)}`).join('')}`;
  const event = selectionEvent(source);
  const write = (next: Branch[]) => onChange(setBranches(bundle, path, source, { ...read, branches: next }));
  const isSelected = (index: number) =>
    selection.kind === 'transition' && selection.event === event && selection.index === index && selection.path.join('.') === path.join('.');
  const select = (index: number) => {
    if (!isSelected(index)) onSelect({ kind: 'transition', path, event, index });
  };
  const problemsOf = (index: number): Problem[] =>
    read.list || branches.length > 1 ? problemsUnder(ctx.problems, `${base}/${index}`) : problemsUnder(ctx.problems, base);

  return (
    <div className="tr-branches">
      {branches.map((branch, i) => {
        const fallback = branches.length > 1 && i === branches.length - 1 && branch.config.guard === undefined;
        const title = `${tt('branch', lang)} ${i + 1}${fallback ? ` (${tt('otherwise', lang)})` : ''}`;
        return (
          <BranchEditor
            key={i}
            ctx={ctx}
            config={branch.config}
            index={i}
            count={branches.length}
            title={title}
            level={level}
            eventForm={eventForm}
            selected={isSelected(i)}
            problems={problemsOf(i)}
            problemBase={read.list || branches.length > 1 ? `${base}/${i}` : base}
            onFocus={() => select(i)}
            onChange={(config) => write(branches.map((b, j) => (j === i ? { ...b, config } : b)))}
            onMove={(delta) => {
              write(moveItem(branches, i, i + delta));
              // The selection moves with the branch, so the diagram keeps highlighting the same one.
              if (isSelected(i)) onSelect({ kind: 'transition', path, event, index: i + delta });
            }}
            onRemove={() => {
              write(branches.filter((_, j) => j !== i));
              if (isSelected(i)) onSelect({ kind: 'step', path });
            }}
          />
        );
      })}
      <button type="button" className="button button--secondary tr-small" onClick={() => write([...branches, { config: newBranch(), short: true }])}>
        {addLabel}
      </button>
    </div>
  );
}
