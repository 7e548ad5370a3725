import type { Address } from 'viem';
import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface GetResidentParameters extends PolityActionParameters {
  readonly account: Address;
  /** Read the record at this past time (seconds) instead of now. */
  readonly timepoint?: bigint;
}

export interface GetResidentReturnType {
  readonly account: Address;
  /** Whether the account may take part now: admitted, not revoked, not past its expiry date. */
  readonly isResident: boolean;
  /** Admitted and not removed (an expired resident stays a member until someone calls expire). */
  readonly member: boolean;
  readonly expiresAt: number;
  readonly district: number;
}

export type GetResidentErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/** A resident's record: membership, expiry date and district, now or at a past time. */
export async function getResident(client: PolityClient, parameters: GetResidentParameters): Promise<GetResidentReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const account = requireAddress(parameters.account, 'account');
    const registry = { address: polity.registry, abi: residentRegistryAbi } as const;
    if (parameters.timepoint !== undefined) {
      const [member, expiresAt, district] = await readContract(client, { ...registry, functionName: 'residencyAt', args: [account, parameters.timepoint] });
      return { account, isResident: member && BigInt(expiresAt) > parameters.timepoint, member, expiresAt, district };
    }
    const [[member, expiresAt, district], isResident] = await Promise.all([
      readContract(client, { ...registry, functionName: 'residencyOf', args: [account] }),
      readContract(client, { ...registry, functionName: 'isResident', args: [account] }),
    ]);
    return { account, isResident, member, expiresAt, district };
  });
}
