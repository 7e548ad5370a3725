import type { Completion } from '../budgeting/equal-shares.js';
import { metaValue } from './election.js';
import { PabulibDataError } from './errors.js';
import type { PabulibFile } from './types.js';

/**
 * The counting rules pabulib names in META `rule` (the labels its file checker accepts and the SDK can
 * count), and what each means in this SDK's budgeting rules:
 * - `greedy`: most supported first, skipping projects that no longer fit (`greedy`);
 * - `greedy-no-skip`: the same, stopping at the first that does not fit (`greedyNoSkip`);
 * - `greedy-threshold`: greedy over projects with at least META `min_project_score_threshold` support
 *   (`greedyThreshold`);
 * - `equalshares`: the Method of Equal Shares with cost utilities, no completion;
 * - `equalshares/add1`: the same with the Add1 completion, raising every voter's share by one currency
 *   unit while the outcome still fits (completion `add1`: stops only when the next run overspends);
 * - `…-comparison`: then the comparison step: greedy's outcome is used if more voters prefer it.
 *
 * pabulib also writes `unknown`, `greedy-exclusive` and `greedy-custom`; those name no rule a program can
 * rerun, so they are refused.
 */
export const pabulibRuleLabels = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'equalshares',
  'equalshares-comparison',
  'equalshares/add1',
  'equalshares/add1-comparison',
] as const;

export type PabulibRuleLabel = (typeof pabulibRuleLabels)[number];

export type PabulibRule =
  | { readonly label: PabulibRuleLabel; readonly rule: 'greedy' | 'greedy-no-skip' | 'greedy-threshold' }
  | {
      readonly label: PabulibRuleLabel;
      readonly rule: 'equal-shares';
      readonly completion: Extract<Completion, 'none' | 'add1'>;
      readonly comparison: boolean;
    };

/** The rule a pabulib label names (case and surrounding spaces ignored). Throws {@link PabulibDataError} for any other label. */
export function pabulibRuleOf(label: string): PabulibRule {
  const known = pabulibRuleLabels.find((candidate) => candidate === label.trim().toLowerCase());
  if (known === undefined) {
    throw new PabulibDataError(`the rule '${label}' is not one this reader can count; the rules it knows are ${pabulibRuleLabels.join(', ')}`);
  }
  if (known === 'greedy' || known === 'greedy-no-skip' || known === 'greedy-threshold') return { label: known, rule: known };
  return { label: known, rule: 'equal-shares', completion: known.includes('/add1') ? 'add1' : 'none', comparison: known.endsWith('-comparison') };
}

/** The rule the file's META `rule` names. Throws {@link PabulibDataError} when it names none or one not known. */
export function pabulibRule(file: PabulibFile): PabulibRule {
  const label = metaValue(file, 'rule');
  if (label === undefined || label.trim() === '') {
    throw new PabulibDataError(`the file names no rule (no META line rule;<label>); the rules this reader knows are ${pabulibRuleLabels.join(', ')}`);
  }
  return pabulibRuleOf(label);
}
