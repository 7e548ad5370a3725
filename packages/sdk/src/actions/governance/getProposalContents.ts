import { getAbiItem, type Address } from 'viem';
import { getBlockNumber, getLogs } from 'viem/actions';
import { polityGovernorAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { PolityGovernanceError } from '../../chain/errors/contract.js';
import { formatProposal } from '../../chain/errors/format.js';
import { isRangeTooLarge } from '../../chain/logs.js';
import type { ProposalDraft } from '../../proposals/draft.js';

export interface GetProposalContentsParameters extends PolityActionParameters {
  readonly proposalId: bigint;
  /** Where to start looking (default: the polity's deployedAtBlock, else 0). */
  readonly fromBlock?: bigint;
  /** Blocks per getLogs request (default 5,000; halved when the provider refuses). */
  readonly pageSize?: bigint;
}

export interface GetProposalContentsReturnType extends ProposalDraft {
  readonly proposer: Address;
  /** The block it was proposed in. */
  readonly blockNumber: bigint;
}

export type GetProposalContentsErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityGovernanceError;

const proposalCreated = getAbiItem({ abi: polityGovernorAbi, name: 'ProposalCreated' });

/**
 * A proposal's contents (targets, values, calldatas, description) recovered from its ProposalCreated
 * event, which is all queue, execute and cancel need. Searches from the newest blocks backwards, since
 * the proposals people act on are usually recent.
 */
export async function getProposalContents(client: PolityClient, parameters: GetProposalContentsParameters): Promise<GetProposalContentsReturnType> {
  const { polity, proposalId } = parameters;
  return runPolityAction(client, polity, async () => {
    const floor = parameters.fromBlock ?? polity.deployedAtBlock ?? 0n;
    let size = parameters.pageSize ?? 5_000n;
    let to = await getBlockNumber(client, { cacheTime: 0 });
    while (to >= floor) {
      const from = to - size + 1n > floor ? to - size + 1n : floor;
      let logs;
      try {
        logs = await getLogs(client, { address: polity.governor, event: proposalCreated, fromBlock: from, toBlock: to, strict: true });
      } catch (error) {
        if (to > from && isRangeTooLarge(error)) {
          size = (to - from + 1n) / 2n;
          continue;
        }
        throw error;
      }
      const found = logs.find((log) => log.args.proposalId === proposalId);
      if (found && found.blockNumber !== null) {
        const { targets, values, calldatas, description, proposer } = found.args;
        return { targets, values, calldatas, description, proposer, blockNumber: found.blockNumber };
      }
      if (from === floor) break;
      to = from - 1n;
    }
    throw new PolityGovernanceError({
      errorName: 'GovernorNonexistentProposal',
      args: [proposalId],
      message: `${formatProposal(proposalId)} was not proposed on this Governor since block ${floor}: check the id (and fromBlock)`,
    });
  });
}
