import { PolityInvalidInputError } from '../../chain/errors/base.js';
import { voteSupports, type VoteSupport } from '../../chain/enums.js';

/** A vote choice, checked: for, against or abstain. */
export function requireSupport(support: VoteSupport): VoteSupport {
  if (!voteSupports.includes(support)) {
    throw new PolityInvalidInputError('support', `${JSON.stringify(support)} is not a vote: use 'for', 'against' or 'abstain'`);
  }
  return support;
}
