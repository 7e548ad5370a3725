import { PolityDelegationError, PolityMembershipError, type PolityContractError } from '../contract.js';
import { formatAccount, formatAmount, formatTime } from '../format.js';
import type { PolityRevert } from '../abi.js';

/** Residents (ResidentRegistry) and delegation (LiquidVotes). */
export function membershipError(revert: PolityRevert, cause: unknown): PolityContractError | undefined {
  const base = { errorName: revert.errorName, args: revert.args ?? [], cause };
  switch (revert.errorName) {
    case 'ResidentRegistryNotResident': {
      const [account] = revert.args;
      return new PolityMembershipError({
        ...base,
        message: `${formatAccount(account)} is not a resident (never admitted, revoked, or past their expiry date): the registrar must admit them before they delegate, receive a delegation or take part`,
      });
    }
    case 'ResidentRegistryZeroAddress': {
      const [index] = revert.args;
      return new PolityMembershipError({ ...base, message: `admission ${index} has the zero address: give each resident's own wallet address` });
    }
    case 'ResidentRegistryMissingCredential': {
      const [account] = revert.args;
      return new PolityMembershipError({
        ...base,
        message: `the admission of ${formatAccount(account)} has no credential commitment: pass the hash of the credential the office checked`,
      });
    }
    case 'ResidentRegistryExpiryInPast': {
      const [account, expiresAt, now] = revert.args;
      return new PolityMembershipError({
        ...base,
        message: `${formatAccount(account)} would expire at ${formatTime(expiresAt)}, which is not after now (${formatTime(now)}): choose a future expiry date`,
      });
    }
    case 'ResidentRegistryCredentialInUse': {
      const [credential, holder] = revert.args;
      return new PolityMembershipError({
        ...base,
        message: `credential ${credential} is already held by resident ${formatAccount(holder)}: revoke that address first if the person moved to a new one`,
      });
    }
    case 'ResidentRegistryNotExpired': {
      const [account, expiresAt] = revert.args;
      return new PolityMembershipError({
        ...base,
        message: `${formatAccount(account)} is a resident until ${formatTime(expiresAt)}: expire them only after that date, or have the registrar revoke them`,
      });
    }
    case 'LiquidVotesDelegationCycle': {
      const [delegator, delegatee] = revert.args;
      return new PolityDelegationError({
        ...base,
        message: `${formatAccount(delegatee)} already delegates, directly or through others, to ${formatAccount(delegator)}: delegating back would make a cycle; choose another delegate`,
      });
    }
    case 'LiquidVotesChainTooLong': {
      const [delegator, delegatee, length, maxDepth] = revert.args;
      return new PolityDelegationError({
        ...base,
        message: `delegating from ${formatAccount(delegator)} to ${formatAccount(delegatee)} would make a chain of ${length} hops but this polity allows ${maxDepth}: choose a delegate nearer the end of their chain`,
      });
    }
    case 'LiquidVotesUnknownTopic': {
      const [topic] = revert.args;
      return new PolityDelegationError({ ...base, message: `topic ${topic} is not registered: read the polity's topics (getTopics) and use one of them` });
    }
    case 'LiquidVotesTooManyTopics': {
      const [maxTopics] = revert.args;
      return new PolityDelegationError({ ...base, message: `all ${maxTopics} topics this polity allows are registered: no more can be added` });
    }
    case 'LiquidVotesDuplicateTopic': {
      const [name, topic] = revert.args;
      return new PolityDelegationError({ ...base, message: `a topic named "${name}" is registered already, as topic ${topic}` });
    }
    case 'LiquidVotesInvalidMaxDepth': {
      const [maxDepth, bound] = revert.args;
      return new PolityDelegationError({ ...base, message: `a maximum chain length of ${maxDepth} is not allowed: choose 1 to ${bound} hops` });
    }
    case 'ERC5805FutureLookup': {
      const [timepoint, clock] = revert.args;
      return new PolityDelegationError({
        ...base,
        message: `timepoint ${formatTime(timepoint)} has not passed yet (the contract's clock is ${formatTime(clock)}): read past timepoints only, or omit the timepoint for the current value`,
      });
    }
    case 'VotesExpiredSignature': {
      const [expiry] = revert.args;
      return new PolityDelegationError({ ...base, message: `the delegation signature expired at ${formatTime(expiry)}: sign it again` });
    }
    case 'InvalidAccountNonce': {
      const [account, nonce] = revert.args;
      return new PolityDelegationError({ ...base, message: `the signature of ${formatAccount(account)} used a stale nonce (current: ${formatAmount(nonce)}): sign again` });
    }
    case 'LiquidVotesTooManyUnits': {
      const [total, maxUnits] = revert.args;
      return new PolityDelegationError({ ...base, message: `${formatAmount(total)} voting units would exist, more than delegation counts at this polity's depth (${formatAmount(maxUnits)}): deploy with a smaller maxDepth or fewer units` });
    }
    default:
      return undefined;
  }
}
