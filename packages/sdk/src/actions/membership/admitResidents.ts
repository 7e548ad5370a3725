import { residentRegistryAbi } from '../../contracts/generated.js';
import { eventsOf, runPolityAction, sendPolityCall, type PolityClient, type PolityWriteParameters, type PolityWriteResult } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityAccessError, PolityMembershipError } from '../../chain/errors/contract.js';
import { checkAdmissions, type Admission } from './admissions.js';
import type { Address } from 'viem';

export interface AdmitResidentsParameters extends PolityWriteParameters {
  /** The batch: all admitted or none (the first invalid entry refuses the whole batch). */
  readonly residents: readonly Admission[];
}

export interface AdmitResidentsReturnType extends PolityWriteResult {
  /** Accounts that became residents. */
  readonly admitted: readonly Address[];
  /** Accounts that were residents already and were renewed instead. */
  readonly renewed: readonly Address[];
}

export type AdmitResidentsErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityMembershipError
  | PolityAccessError;

/**
 * Admits a batch of residents (or renews those who are residents already). Only the registrar (the
 * identity office) may; each admission gives one voting unit until it expires or is revoked.
 */
export async function admitResidents(client: PolityClient, parameters: AdmitResidentsParameters): Promise<AdmitResidentsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const admissions = await checkAdmissions(client, parameters.residents);
    const { hash, receipt } = await sendPolityCall(client, {
      abi: residentRegistryAbi,
      address: polity.registry,
      functionName: 'admit',
      args: [admissions],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'admitResidents',
    });
    return {
      hash,
      receipt,
      admitted: eventsOf(receipt, residentRegistryAbi, polity.registry, 'ResidentAdmitted').map((event) => event.args.account),
      renewed: eventsOf(receipt, residentRegistryAbi, polity.registry, 'ResidentRenewed').map((event) => event.args.account),
    };
  });
}
