import { describe, expect, it } from 'vitest';
import { edit, historyOf, MERGE_MS, redo, undo } from '../src/admin/model/history';

describe('undo and redo of the bundle', () => {
  it('takes back an edit and does it again', () => {
    const h = edit(historyOf('a'), 'b', 10_000);
    expect(undo(h).present).toBe('a');
    expect(redo(undo(h)).present).toBe('b');
  });

  it('merges quick keystrokes into one step, but not edits apart in time', () => {
    let h = edit(historyOf(''), 'I', 10_000);
    h = edit(h, 'In', 10_100);
    h = edit(h, 'Int', 10_200);
    expect(undo(h).present).toBe('');
    h = edit(h, 'Intake', 10_200 + MERGE_MS + 1);
    expect(undo(h).present).toBe('Int');
  });

  it('forgets what could be redone once a new edit is made, and does nothing past either end', () => {
    const h = undo(edit(edit(historyOf(1), 2, 10_000), 3, 20_000));
    expect(h.present).toBe(2);
    const branched = edit(h, 4, 30_000);
    expect(redo(branched)).toBe(branched);
    expect(undo(historyOf(1))).toEqual(historyOf(1));
  });
});
