import { keccak256, toBytes, type Address, type Hex } from 'viem';
import { PolityInvalidInputError } from '../chain/errors/base.js';

/** A proposal's contents: the calls the timelock will make, and the markdown residents read. */
export interface ProposalDraft {
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  /** Markdown; its exact text is part of the proposal's identity (queue and execute need it unchanged). */
  readonly description: string;
}

/** The hash the Governor identifies a proposal's description by. */
export function descriptionHashOf(description: string): Hex {
  return keccak256(toBytes(description));
}

/** Refuses a draft whose arrays differ in length, that has no action, or no description. */
export function checkDraft(draft: ProposalDraft): ProposalDraft {
  const { targets, values, calldatas, description } = draft;
  if (targets.length === 0) throw new PolityInvalidInputError('proposal.targets', 'is empty: a proposal needs at least one action');
  if (values.length !== targets.length || calldatas.length !== targets.length) {
    throw new PolityInvalidInputError(
      'proposal',
      `has ${targets.length} targets, ${values.length} values and ${calldatas.length} calldatas: they must match one for one (use a proposal builder)`,
    );
  }
  if (description.trim() === '') throw new PolityInvalidInputError('proposal.description', 'is empty: residents vote on what it says');
  return draft;
}

/** Joins several drafts into one proposal with the given description (their actions in order). */
export function combineDrafts(drafts: readonly ProposalDraft[], description: string): ProposalDraft {
  return checkDraft({
    targets: drafts.flatMap((draft) => draft.targets),
    values: drafts.flatMap((draft) => draft.values),
    calldatas: drafts.flatMap((draft) => draft.calldatas),
    description,
  });
}
