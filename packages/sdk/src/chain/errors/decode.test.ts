import { encodeErrorResult, HttpRequestError, keccak256, toHex, type Abi } from 'viem';
import { describe, expect, test } from 'vitest';
import { budgetRoundsAbi, milestoneEscrowAbi, polityGovernorAbi, residentRegistryAbi, roundResultsAbi } from '../../contracts/generated.js';
import { PolityRpcUnavailableError } from './base.js';
import {
  PolityAccessError,
  PolityBallotError,
  PolityContractError,
  PolityDelegationError,
  PolityEscrowError,
  PolityGovernanceError,
  PolityMembershipError,
  PolityProposalStateError,
  PolityResultError,
  PolityRoundPhaseError,
} from './contract.js';
import { decodePolityError } from './decode.js';

const ana = '0x00000000000000000000000000000000000000A1';
const ben = '0x00000000000000000000000000000000000000b2';

/** A revert as viem reports it: the data somewhere in the error chain. */
function revert(abi: Abi, errorName: string, args: readonly unknown[]) {
  return { data: encodeErrorResult({ abi, errorName, args }) };
}

describe('decodePolityError', () => {
  test.each([
    [residentRegistryAbi, 'ResidentRegistryNotResident', [ana], PolityMembershipError, `${ana} is not a resident`],
    [residentRegistryAbi, 'LiquidVotesChainTooLong', [ana, ben, 4n, 3n], PolityDelegationError, 'would make a chain of 4 hops but this polity allows 3'],
    [residentRegistryAbi, 'AccessControlUnauthorizedAccount', [ana, keccak256(toHex('REGISTRAR_ROLE'))], PolityAccessError, `${ana} lacks REGISTRAR_ROLE (the identity office)`],
    [polityGovernorAbi, 'GovernorUnexpectedProposalState', [(2n << 72n) | 7n, 0, toHex(1n << 1n, { size: 32 })], PolityProposalStateError, 'proposal #7 is pending but this needs it to be active'],
    [polityGovernorAbi, 'GovernorGuardianRemovalNotCancellable', [(2n << 72n) | 7n, ana], PolityGovernanceError, 'nobody can cancel proposal #7'],
    [polityGovernorAbi, 'GovernorTopicNotInDescription', [1, 0], PolityGovernanceError, 'end the description with "#topic=1"'],
    [budgetRoundsAbi, 'BudgetRoundWrongPhase', [3n, 1, 2], PolityRoundPhaseError, 'round 3 is in review but this needs voting'],
    [budgetRoundsAbi, 'BallotOverBudget', [3n, 120_000n, 100_000n], PolityBallotError, "ballot spends 120,000 but the round's budget is 100,000"],
    [roundResultsAbi, 'OutcomeWrongBond', [3n, 5n, 1_000n], PolityResultError, 'needs a bond of exactly 1,000 wei, not 5'],
    [milestoneEscrowAbi, 'EscrowAllocationOverCost', [3n, 1n, 60_000n, 50_000n], PolityEscrowError, "project 1's milestones add up to 60,000 but it costs 50,000"],
  ] as const)('%s %s becomes a component error with an actionable message', (abi, errorName, args, errorClass, message) => {
    const decoded = decodePolityError(revert(abi, errorName, args));
    expect(decoded).toBeInstanceOf(errorClass);
    expect((decoded as PolityContractError).errorName).toBe(errorName);
    expect((decoded as Error).message).toContain(message);
    expect((decoded as Error).cause).toBeDefined();
  });

  test('an error without a dedicated message still names the contract error', () => {
    const decoded = decodePolityError(revert(budgetRoundsAbi, 'SafeCastOverflowedUintDowncast', [48, 1n << 60n]));
    expect(decoded).toBeInstanceOf(PolityContractError);
    expect((decoded as Error).message).toContain('SafeCastOverflowedUintDowncast(48, ');
  });

  test('an endpoint that fails at the HTTP level becomes PolityRpcUnavailableError naming it', () => {
    const decoded = decodePolityError(new HttpRequestError({ url: 'https://rpc.example/', status: 503, body: {} }));
    expect(decoded).toBeInstanceOf(PolityRpcUnavailableError);
    expect((decoded as PolityRpcUnavailableError).url).toBe('https://rpc.example/');
  });

  test('anything else is passed through untouched', () => {
    const other = new TypeError('not a chain problem');
    expect(decodePolityError(other)).toBe(other);
  });
});
