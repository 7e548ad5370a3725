import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { ballotKinds, countingRules, outcomeCompletions, type BallotKind, type CountingRule, type OutcomeCompletion } from '../../chain/enums.js';
import type { RoundConfig } from '../../proposals/builders.js';

/**
 * A round's configuration as a person writes it: the ABI's {@link RoundConfig}, with the ballot kind,
 * counting rule and completion given by the names reads return (`'knapsack'`, `'equal-shares'`,
 * `'add1'`) or, as before, by the contract's numbers.
 */
export type RoundConfigInput = Omit<RoundConfig, 'ballot' | 'counting'> & {
  readonly ballot: Omit<RoundConfig['ballot'], 'kind'> & {
    /** `'approval'`, `'knapsack'` or `'cumulative'` (or 0, 1, 2). */
    readonly kind: BallotKind | number;
  };
  readonly counting: Omit<RoundConfig['counting'], 'rule' | 'completion'> & {
    /** `'greedy'` or `'equal-shares'` (or 0, 1). */
    readonly rule: CountingRule | number;
    /** `'none'`, `'add1'`, `'add1-exhaustive'` or `'utilitarian'` (or 0 to 3); used by equal shares. */
    readonly completion: OutcomeCompletion | number;
  };
};

/** The contract's number for an enum value given by name or number, checked against the names. */
export function enumValue<const names extends readonly string[]>(names: names, value: names[number] | number, parameter: string, what: string): number {
  const index = typeof value === 'number' ? value : names.indexOf(value);
  if (!Number.isInteger(index) || index < 0 || index >= names.length) {
    throw new PolityInvalidInputError(parameter, `${JSON.stringify(value)} is not a ${what}: use ${names.map((name) => `'${name}'`).join(', ')} (or 0 to ${names.length - 1})`);
  }
  return index;
}

/** The ABI's configuration for a {@link RoundConfigInput}: names become the contract's numbers. */
export function roundConfigOf(config: RoundConfigInput, parameter = 'config'): RoundConfig {
  return {
    ...config,
    ballot: { ...config.ballot, kind: enumValue(ballotKinds, config.ballot.kind, `${parameter}.ballot.kind`, 'ballot kind') },
    counting: {
      ...config.counting,
      rule: enumValue(countingRules, config.counting.rule, `${parameter}.counting.rule`, 'counting rule'),
      completion: enumValue(outcomeCompletions, config.counting.completion, `${parameter}.counting.completion`, 'completion'),
    },
  };
}
