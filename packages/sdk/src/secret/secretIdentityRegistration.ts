/**
 * A resident's secret-ballot identity on chain: registering its commitment against the resident's own
 * account (`IdentityGroups.register`, sent from that account: a passkey account sends it as one
 * sponsored user operation like any other resident action), and reading what the chain holds for an
 * account. The polity's `SecretBallots` names its `IdentityGroups` (`components()`), so an app needs
 * only the one address.
 */
import type { Account, Address, Hash } from 'viem';
import { readContract } from 'viem/actions';
import { identityGroupsAbi, secretBallotsAbi } from '../contracts/generated.js';
import { decodePolityError } from '../chain/errors/decode.js';
import { addressOf, senderOf, sendPolityCall, type PolityClient, type PolityWriteResult } from '../chain/client.js';
import { requireAddress } from '../chain/address.js';


export interface SecretBallotsParameters {
  /** The polity's `SecretBallots`. */
  readonly secretBallots: Address;
}

/** The `IdentityGroups` a polity's `SecretBallots` uses. */
export async function readIdentityGroupsAddress(client: PolityClient, { secretBallots }: SecretBallotsParameters): Promise<Address> {
  const [, identityGroups] = await readContract(client, { address: requireAddress(secretBallots, 'secretBallots'), abi: secretBallotsAbi, functionName: 'components' });
  return identityGroups;
}

export interface ReadSecretIdentityParameters extends SecretBallotsParameters {
  readonly account: Address;
}

export interface ReadSecretIdentityReturnType {
  /** The commitment the account registered (0n: none). */
  readonly commitment: bigint;
  readonly registered: boolean;
  /** Whether its leaf is in the city's group now. */
  readonly inCity: boolean;
  /** The district group its leaf is in now (district d is group d + 1; 0: none). */
  readonly districtGroup: bigint;
  /** Whether its leaf awaits `sync` after a change of residency. */
  readonly pending: boolean;
}

/** What the chain holds for an account's secret-ballot identity now. */
export async function readSecretIdentity(client: PolityClient, parameters: ReadSecretIdentityParameters): Promise<ReadSecretIdentityReturnType> {
  try {
    const identityGroups = await readIdentityGroupsAddress(client, parameters);
    const [commitment, inCity, districtGroup, pending] = await readContract(client, {
      address: identityGroups,
      abi: identityGroupsAbi,
      functionName: 'identityOf',
      args: [requireAddress(parameters.account, 'account')],
    });
    return { commitment, registered: commitment !== 0n, inCity, districtGroup, pending };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}

export interface RegisterSecretIdentityParameters extends SecretBallotsParameters {
  /** The identity's commitment (`identity.commitment`). */
  readonly commitment: bigint;
  /** Sends from this account instead of the client's: it must be a current resident. */
  readonly account?: Account | Address;
  readonly onSent?: (hash: Hash) => void;
}

export interface RegisterSecretIdentityReturnType extends PolityWriteResult {
  /** The account the commitment now belongs to. */
  readonly account: Address;
}

/**
 * Registers the identity's commitment for the sending account (a current resident without one): it
 * joins the city's group and its district's, and votes in every secret round whose snapshot comes
 * after. Refused with `IdentityGroupsIdentityExists` when the account has one already (replacing is
 * `IdentityGroups.replace`), `IdentityGroupsNotResident`, `IdentityGroupsCommitmentUnavailable` or
 * `IdentityGroupsSyncPending` (try again once the city has synced a changed residency).
 */
export async function registerSecretIdentity(client: PolityClient, parameters: RegisterSecretIdentityParameters): Promise<RegisterSecretIdentityReturnType> {
  try {
    const identityGroups = await readIdentityGroupsAddress(client, parameters);
    const { hash, receipt } = await sendPolityCall(client, {
      address: identityGroups,
      abi: identityGroupsAbi,
      functionName: 'register',
      args: [parameters.commitment],
      account: parameters.account,
      onSent: parameters.onSent,
      action: 'registerSecretIdentity',
    });
    return { hash, receipt, account: addressOf(senderOf(client, parameters.account)) };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}
