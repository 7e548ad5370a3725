import { keccak256, toBytes, type Address } from 'viem';
import { readContract } from 'viem/actions';
import { residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface IsRegistrarParameters extends PolityActionParameters {
  readonly account: Address;
}

export type IsRegistrarReturnType = boolean;

export type IsRegistrarErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

const registrarRole = keccak256(toBytes('REGISTRAR_ROLE'));

/**
 * Whether an account holds the registry's REGISTRAR_ROLE (the identity office): it alone admits,
 * renews and revokes residents. Apps ask before offering those forms.
 */
export async function isRegistrar(client: PolityClient, parameters: IsRegistrarParameters): Promise<IsRegistrarReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () =>
    readContract(client, { address: polity.registry, abi: residentRegistryAbi, functionName: 'hasRole', args: [registrarRole, requireAddress(parameters.account, 'account')] }),
  );
}
