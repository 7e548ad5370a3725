import type { Address } from 'viem';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityMembershipError } from '../../chain/errors/contract.js';
import { checkAccounts } from './revokeResidents.js';

export interface ExpireResidentsParameters extends PolityWriteParameters {
  readonly accounts: readonly Address[];
}

export type ExpireResidentsReturnType = PolityWriteResult;

export type ExpireResidentsErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError | PolityMembershipError;

/**
 * Removes the units of residents whose expiry date has passed (until then an expired resident's unit
 * still flows to their delegate). Anyone may send it.
 */
export async function expireResidents(client: PolityClient, parameters: ExpireResidentsParameters): Promise<ExpireResidentsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () =>
    sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'expire',
      args: [checkAccounts(parameters.accounts)],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'expireResidents',
    }),
  );
}
