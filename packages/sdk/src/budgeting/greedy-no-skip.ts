import type { Election } from './election.js';
import { walkGreedy, type GreedyOptions, type GreedyOutcome } from './greedy.js';

/**
 * Greedy by support that stops at the first project that does not fit, instead of skipping it. Some
 * cities count this way so that a popular expensive project is never overtaken by cheaper, less
 * popular ones; the rest of the budget stays unspent. Otherwise as {@link greedy}.
 */
export function greedyNoSkip(election: Election, options: GreedyOptions = {}): GreedyOutcome {
  return walkGreedy(election, 'greedy-no-skip', { ...options, stopAtFirstMisfit: true, threshold: 0 });
}
