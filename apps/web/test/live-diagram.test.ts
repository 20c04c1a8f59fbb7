import { describe, expect, it } from 'vitest';
import { dotted, stepOfCluster } from '../src/admin/diagram/mark';

describe('the live diagram names steps as the DOT writer does', () => {
  it('reads a group step from its cluster title', () => {
    expect(stepOfCluster('cluster_uitvoering.sporen')).toBe('uitvoering.sporen');
  });

  it('ignores anything that is not a group step', () => {
    expect(stepOfCluster('s:intake')).toBeUndefined();
    expect(stepOfCluster('cluster_')).toBeUndefined();
    expect(stepOfCluster(null)).toBeUndefined();
  });

  it('writes a state path with dots', () => {
    expect(dotted(['uitvoering', 'voortgang'])).toBe('uitvoering.voortgang');
    expect(dotted([])).toBe('');
  });
});
