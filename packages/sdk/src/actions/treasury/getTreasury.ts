import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { ierc20Abi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface GetTreasuryParameters extends PolityActionParameters {
  /** The ERC-20 the city's budget is in (a round's `config.token`). */
  readonly token: Address;
}

export interface GetTreasuryReturnType {
  readonly token: Address;
  /** What the treasury (the timelock) holds: what governance can still give to rounds and projects. */
  readonly treasury: bigint;
  /** What the milestone escrow holds for funded projects' milestones not yet paid. */
  readonly escrow: bigint;
}

export type GetTreasuryErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/**
 * The city's money in one token now: the treasury's balance and what the escrow holds for milestones.
 * Added for the web app's "treasury at a glance"; the history of payments is in getActivity.
 */
export async function getTreasury(client: PolityClient, parameters: GetTreasuryParameters): Promise<GetTreasuryReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const token = requireAddress(parameters.token, 'token');
    const [treasury, escrow] = await Promise.all([
      readContract(client, { address: token, abi: ierc20Abi, functionName: 'balanceOf', args: [polity.timelock] }),
      readContract(client, { address: token, abi: ierc20Abi, functionName: 'balanceOf', args: [polity.escrow] }),
    ]);
    return { token, treasury, escrow };
  });
}
