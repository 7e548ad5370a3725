import type { Hex } from 'viem';
import { readContract } from 'viem/actions';
import { milestoneEscrowAbi } from '../../contracts/generated.js';
import { eventsOf, requireBytes32, requireInteger, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityEscrowError } from '../../chain/errors/contract.js';
import { predictedError } from '../../chain/errors/decode.js';
import { enumName, grantStatuses } from '../../chain/enums.js';

export interface ReleaseMilestoneParameters extends PolityWriteParameters {
  readonly roundId: bigint;
  readonly projectId: number;
  /** Content hash of the evidence that the milestone was delivered. */
  readonly evidenceHash: Hex;
  /** The milestone to release (default: the next one); milestones are released in order. */
  readonly index?: bigint;
}

export interface ReleaseMilestoneReturnType extends PolityWriteResult {
  readonly index: bigint;
  readonly amount: bigint;
  /** Whether this was the project's last milestone. */
  readonly completed: boolean;
}

export type ReleaseMilestoneErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityEscrowError
  | PolityAccessError;

/** Pays a funded project's next milestone to its recipient, with the evidence's hash. Only the council. */
export async function releaseMilestone(client: PolityClient, parameters: ReleaseMilestoneParameters): Promise<ReleaseMilestoneReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const projectId = Number(requireInteger(parameters.projectId, 'projectId', { max: 255n }));
    const evidenceHash = requireBytes32(parameters.evidenceHash, 'evidenceHash');
    const grant = await readContract(client, { address: polity.escrow, abi: milestoneEscrowAbi, functionName: 'grantOf', args: [roundId, projectId] });
    if (enumName(grantStatuses, grant.status) !== 'active') throw predictedError('EscrowProjectNotActive', [roundId, BigInt(projectId), grant.status]);
    const next = BigInt(grant.releasedMilestones);
    const index = parameters.index ?? next;
    if (index !== next) throw predictedError('EscrowMilestoneOutOfOrder', [roundId, BigInt(projectId), index, next]);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: milestoneEscrowAbi,
      address: polity.escrow,
      functionName: 'releaseMilestone',
      args: [roundId, projectId, index, evidenceHash],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'releaseMilestone',
    });
    const [released] = eventsOf(receipt, milestoneEscrowAbi, polity.escrow, 'MilestoneReleased');
    const completed = eventsOf(receipt, milestoneEscrowAbi, polity.escrow, 'ProjectCompleted').length > 0;
    return { hash, receipt, index, amount: released?.args.amount ?? 0n, completed };
  });
}
