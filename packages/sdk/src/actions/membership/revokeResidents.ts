import { stringToHex, type Address } from 'viem';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityMembershipError } from '../../chain/errors/contract.js';

export interface RevokeResidentsParameters extends PolityWriteParameters {
  readonly accounts: readonly Address[];
  /** A short reason code kept in the log, at most 32 bytes (`moved-away`, `admitted-in-error`). */
  readonly reason: string;
}

export type RevokeResidentsReturnType = PolityWriteResult;

export type RevokeResidentsErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityAccessError;

/** Removes residents' voting units now (they moved away, or were admitted in error). Only the registrar. */
export async function revokeResidents(client: PolityClient, parameters: RevokeResidentsParameters): Promise<RevokeResidentsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const accounts = checkAccounts(parameters.accounts);
    if (new TextEncoder().encode(parameters.reason).length > 32) {
      throw new PolityInvalidInputError('reason', `"${parameters.reason}" is longer than 32 bytes: use a short code and publish details elsewhere`);
    }
    return sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'revoke',
      args: [accounts, stringToHex(parameters.reason, { size: 32 })],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'revokeResidents',
    });
  });
}

/** A non-empty batch of distinct, valid addresses. */
export function checkAccounts(accounts: readonly Address[]): Address[] {
  if (accounts.length === 0) throw new PolityInvalidInputError('accounts', 'is empty: pass at least one account');
  const checked = accounts.map((account, index) => requireAddress(account, `accounts[${index}]`));
  const duplicate = checked.find((account, index) => checked.indexOf(account) !== index);
  if (duplicate) throw new PolityInvalidInputError('accounts', `${duplicate} appears twice in the batch`);
  return checked;
}
