import { keccak256, toBytes, type Address } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi, milestoneEscrowAbi, residentRegistryAbi } from '../../contracts/generated.js';
import { requireAddress, runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityInvalidInputError, PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';

export interface GetCouncilRightsParameters extends PolityActionParameters {
  readonly account: Address;
}

/** Which of the city's staff rights an account holds, each as governance granted it on chain. */
export interface GetCouncilRightsReturnType {
  /** COUNCIL_ROLE on the rounds contract: reviews projects, moves phases, finalises results. */
  readonly council: boolean;
  /** ROUND_MANAGER_ROLE on the rounds contract: opens rounds. */
  readonly roundManager: boolean;
  /** COUNCIL_ROLE on the milestone escrow: releases milestone payments. */
  readonly releasesMilestones: boolean;
  /** REGISTRAR_ROLE on the registry (the identity office): admits, renews and revokes residents. */
  readonly registrar: boolean;
}

export type GetCouncilRightsErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

const councilRole = keccak256(toBytes('COUNCIL_ROLE'));
const roundManagerRole = keccak256(toBytes('ROUND_MANAGER_ROLE'));
const registrarRole = keccak256(toBytes('REGISTRAR_ROLE'));

/**
 * The council's rights an account holds, read from the contracts that check them. Apps ask before
 * offering a council form, so a person without the right is told before filling anything in.
 */
export async function getCouncilRights(client: PolityClient, parameters: GetCouncilRightsParameters): Promise<GetCouncilRightsReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const account = requireAddress(parameters.account, 'account');
    const [council, roundManager, releasesMilestones, registrar] = await Promise.all([
      readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: [councilRole, account] }),
      readContract(client, { address: polity.rounds, abi: budgetRoundsAbi, functionName: 'hasRole', args: [roundManagerRole, account] }),
      readContract(client, { address: polity.escrow, abi: milestoneEscrowAbi, functionName: 'hasRole', args: [councilRole, account] }),
      readContract(client, { address: polity.registry, abi: residentRegistryAbi, functionName: 'hasRole', args: [registrarRole, account] }),
    ]);
    return { council, roundManager, releasesMilestones, registrar };
  });
}
