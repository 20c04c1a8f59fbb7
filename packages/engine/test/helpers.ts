import { TransitionRejected } from '../src';

export { fixtureDefinition, loadFixture, readTree, variant } from '@koers/testing';

/** The refusal `fn` throws; fails the test when it goes through or throws something else. */
export function rejection(fn: () => unknown): TransitionRejected {
  try {
    fn();
  } catch (error) {
    if (error instanceof TransitionRejected) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}
