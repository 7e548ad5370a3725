import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { milestoneEscrowAbi } from '../../contracts/generated.js';
import { requireInteger, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { enumName, grantStatuses, type GrantStatus } from '../../chain/enums.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface GetGrantParameters extends PolityActionParameters {
  readonly roundId: bigint;
  readonly projectId: number;
}

export interface GetGrantReturnType {
  readonly status: GrantStatus | `#${number}`;
  readonly token: Address;
  readonly recipient: Address;
  readonly allocation: bigint;
  readonly released: bigint;
  /** Each milestone with whether it was paid. */
  readonly milestones: readonly { readonly amount: bigint; readonly descriptionHash: Hex; readonly released: boolean }[];
}

export type GetGrantErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/** A project's funding in the escrow: allocation, what was paid, and its milestones. */
export async function getGrant(client: PolityClient, parameters: GetGrantParameters): Promise<GetGrantReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const projectId = Number(requireInteger(parameters.projectId, 'projectId', { max: 255n }));
    const escrow = { address: polity.escrow, abi: milestoneEscrowAbi } as const;
    const grant = await readContract(client, { ...escrow, functionName: 'grantOf', args: [roundId, projectId] });
    const milestones = await Promise.all(
      Array.from({ length: grant.milestoneCount }, (_, index) => readContract(client, { ...escrow, functionName: 'milestoneOf', args: [roundId, projectId, BigInt(index)] })),
    );
    return {
      status: enumName(grantStatuses, grant.status),
      token: grant.token,
      recipient: grant.recipient,
      allocation: grant.allocation,
      released: grant.released,
      milestones: milestones.map((milestone, index) => ({ ...milestone, released: index < grant.releasedMilestones })),
    };
  });
}
