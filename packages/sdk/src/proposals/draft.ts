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

/**
 * The topic a description names. The Governor reads a proposal's topic from its description, so that the
 * topic is part of the contents and a copy of the proposal cannot land on another topic: the marker is
 * `#topic=<n>` at the very end, or just before OpenZeppelin's `#proposer=0x...` suffix. None: general (0).
 */
export function topicOfDescription(description: string): number {
  const marker = /#topic=(\d{1,3})$/.exec(withoutProposerSuffix(description).text);
  return marker ? Math.min(Number(marker[1]), 255) : 0;
}

/**
 * The description with the marker for `topic` added at the end, before a `#proposer=` suffix if there is
 * one (unchanged if it already names that topic).
 */
export function describeOnTopic(description: string, topic: number): string {
  if (topicOfDescription(description) === topic) return description;
  const { text, suffix } = withoutProposerSuffix(description);
  return `${text}\n\n#topic=${topic}${suffix}`;
}

/** OpenZeppelin's `#proposer=0x...` suffix (52 characters), split off the text it ends. */
function withoutProposerSuffix(description: string): { readonly text: string; readonly suffix: string } {
  return /#proposer=0x[0-9a-fA-F]{40}$/.test(description)
    ? { text: description.slice(0, -52), suffix: description.slice(-52) }
    : { text: description, suffix: '' };
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
