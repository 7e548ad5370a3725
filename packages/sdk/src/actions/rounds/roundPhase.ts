import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import type { PolityClient } from '../../chain/client.js';
import { enumIndex, roundPhases, type RoundPhase } from '../../chain/enums.js';
import { predictedError } from '../../chain/errors/decode.js';
import type { PolityAddresses } from '../../chain/polity.js';

/**
 * Reads the round's phase (transitions due by time count) and refuses, before sending, when it is not
 * `required`: the same refusal as the contract's BudgetRoundWrongPhase.
 */
export async function requireRoundPhase(client: PolityClient, polity: PolityAddresses, roundId: bigint, required: RoundPhase): Promise<void> {
  const current = await readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'phaseOf', args: [roundId] });
  const needed = enumIndex(roundPhases, required);
  if (current !== needed) throw predictedError('BudgetRoundWrongPhase', [roundId, current, needed]);
}
