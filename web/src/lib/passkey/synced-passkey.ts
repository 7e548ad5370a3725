/**
 * A passkey this browser never kept (it synced here from the resident's other phone or computer): its
 * account is found from the sign-in assertion through the SDK (`findPasskeyAccount`), which recovers
 * the two keys the signature allows and keeps the one whose account the city's registry or the chain
 * knows. When neither is known, one more prompt of the same passkey tells them apart.
 */
import { choosePasskeyCandidate, findPasskeyAccount, type PasskeyAccountCandidate } from '@polity/sdk';
import type { PublicClient } from 'viem';
import type { AppConfig, PasskeySettings } from '$lib/config';
import type { ChosenPasskey } from './sign-in';
import type { StoredPasskey } from './stored-passkeys';

/** Two keys still possible for this credential, waiting for the resident's second prompt. */
export interface PendingPasskey {
  readonly credentialId: string;
  readonly candidates: readonly PasskeyAccountCandidate[];
}

export type SyncedPasskeyResult = { readonly passkey: StoredPasskey } | { readonly pending: PendingPasskey };

/**
 * The public record of a synced passkey, as `makePasskey` keeps it on the device that made it; or the
 * candidates to confirm with another prompt. `pending` is the earlier answer for the same credential.
 */
export async function findSyncedPasskey(parameters: {
  config: AppConfig;
  passkeys: PasskeySettings;
  reader: PublicClient;
  chosen: ChosenPasskey;
  pending: PendingPasskey | undefined;
}): Promise<SyncedPasskeyResult> {
  const { config, passkeys, reader, chosen, pending } = parameters;
  const record = ({ publicKey, account }: PasskeyAccountCandidate): StoredPasskey => ({
    credentialId: chosen.id,
    publicKey,
    account,
    factory: passkeys.accountFactory,
    chainId: config.chainId,
    prf: chosen.prf,
  });
  if (pending?.credentialId === chosen.id) return { passkey: record(choosePasskeyCandidate(pending.candidates, chosen.assertion)) };
  const result = await findPasskeyAccount(reader, { polity: config.polity, factory: passkeys.accountFactory, index: 0n, assertion: chosen.assertion });
  if (result.found) return { passkey: record(result.found) };
  return { pending: { credentialId: chosen.id, candidates: result.candidates } };
}
