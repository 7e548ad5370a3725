// The round result folded from the results contract's events: a rejected challenge reopens the
// outcome's window (ChallengeWindowReopened), and the answer must show the new end, not the proposed one.
import { describe, expect, it } from 'vitest';
import type { Address, Hash } from 'viem';
import { foldRoundResult, type ResultEvent } from '../src/api/results/round-result.js';

const roundId = 3n;
const proposer: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const challenger: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const commitment: Hash = `0x${'ab'.repeat(32)}`;
const reason: Hash = `0x${'cd'.repeat(32)}`;

let block = 100n;
function at<event extends ResultEvent>(partial: Pick<event, 'eventName' | 'args'>): ResultEvent {
  block += 1n;
  return {
    ...partial,
    contract: 'results',
    blockNumber: block,
    logIndex: 0,
    transactionHash: `0x${block.toString(16).padStart(64, '0')}`,
    address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
    timestamp: block * 12n,
  } as ResultEvent;
}

const proposed = at({ eventName: 'OutcomeProposed', args: { roundId, proposer, projects: [0, 2], spent: 90_000n, completion: 1, ballotCommitment: commitment, challengeEnd: 5_000 } });
const challenged = at({ eventName: 'OutcomeChallenged', args: { roundId, challenger, bond: 10n ** 16n, reasonHash: reason } });
const rejected = at({ eventName: 'ChallengeRejected', args: { roundId, challenger, bond: 10n ** 16n, reasonHash: reason } });
const reopened = at({ eventName: 'ChallengeWindowReopened', args: { roundId, challengeEnd: 9_000 } });

describe('a round result folded from its events', () => {
  it('shows the proposed window while the outcome is unchallenged', () => {
    const result = foldRoundResult(roundId, [proposed]);
    expect(result.status).toBe('proposed');
    expect(result.outcomes[0]).toMatchObject({ challengeEnd: '5000', fate: 'open', projects: [0, 2] });
  });

  it('shows the reopened window after governance rejects a challenge', () => {
    const result = foldRoundResult(roundId, [proposed, challenged, rejected, reopened]);
    expect(result.status).toBe('proposed');
    expect(result.challenges).toHaveLength(1);
    expect(result.challenges[0]).toMatchObject({ decision: 'rejected', challenger });
    expect(result.outcomes[0]?.challengeEnd).toBe('9000');
    expect(result.projects).toEqual([0, 2]);
  });

  it('keeps a final outcome final whatever follows', () => {
    const finalised = at({ eventName: 'ResultFinalised', args: { roundId, projects: [0, 2], spent: 90_000n, ballotCommitment: commitment } });
    const result = foldRoundResult(roundId, [proposed, challenged, rejected, reopened, finalised]);
    expect(result.status).toBe('final');
    expect(result.outcomes[0]).toMatchObject({ fate: 'final', challengeEnd: '9000' });
    expect(result.finalised?.block).toBe(finalised.blockNumber.toString());
  });
});
