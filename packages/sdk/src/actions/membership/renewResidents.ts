import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import { PolityMembershipError, type PolityAccessError } from '../../chain/errors/contract.js';
import { checkAdmissions, type Admission } from './admissions.js';

export interface RenewResidentsParameters extends PolityWriteParameters {
  /** Current residents with their new expiry dates (and districts, if they moved). */
  readonly residents: readonly Admission[];
}

export type RenewResidentsReturnType = PolityWriteResult;

export type RenewResidentsErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityAccessError;

/**
 * Renews residents: new expiry dates, possibly new districts. Only the registrar. Refuses, before
 * sending, any account that is not admitted now: renewing someone new would silently admit them.
 */
export async function renewResidents(client: PolityClient, parameters: RenewResidentsParameters): Promise<RenewResidentsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const admissions = await checkAdmissions(client, parameters.residents);
    for (const admission of admissions) {
      const [member] = await readContract(client, { address: polity.registry, abi: residentRegistryAbi, functionName: 'residencyOf', args: [admission.account] });
      if (!member) {
        throw new PolityMembershipError({
          errorName: 'ResidentRegistryNotResident',
          args: [admission.account],
          message: `${admission.account} is not a resident, so there is nothing to renew: admit them with admitResidents`,
        });
      }
    }
    return sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'admit',
      args: [admissions],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'renewResidents',
    });
  });
}
