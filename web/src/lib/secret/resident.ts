/**
 * The resident's side of secret ballots in the browser, loaded only on the pages that need it (the
 * identity and group code is large): their voting identity (from the passkey's PRF, or from 24 words
 * they keep), whether they can vote in a round, and casting: the proof is made in the worker
 * (prove-in-worker.ts) and sent through the city's relay, never from the resident's account.
 */
import {
  castSecretBallot,
  deriveSecretIdentityWithPasskey,
  getResident,
  randomIdentitySeed,
  readSecretBallotRevision,
  readSecretGroup,
  readSecretIdentity,
  readSecretRoundGroup,
  recoveryPhraseFromSeed,
  secretBallotMessage,
  secretBallotNullifier,
  secretBallotScope,
  secretIdentityBackup,
  secretIdentityFromSeed,
  seedFromRecoveryPhrase,
  seedFromSecretIdentityBackup,
  type SecretGroup,
  type SecretIdentityPolity,
} from '@polity/sdk';
import type { Address, PublicClient } from 'viem';
import type { AppConfig } from '$lib/config';
import type { StoredPasskey } from '$lib/passkey/stored-passkeys';
import { proveInWorker } from './prove-in-worker';
import { secretStanding, type SecretStanding } from './standing';

/** A seed and the public number the chain registers for it. */
export interface VotingIdentity {
  readonly seed: Uint8Array;
  readonly commitment: bigint;
}

function polityOf(config: AppConfig): SecretIdentityPolity {
  return { chainId: config.chainId, registry: config.polity.registry };
}

function secretBallotsOf(config: AppConfig): Address {
  if (!config.secretBallots) throw new Error('this city has no secret rounds (config.json names no secretBallots)');
  return config.secretBallots;
}

function identityOf(seed: Uint8Array): VotingIdentity {
  return { seed, commitment: secretIdentityFromSeed(seed).commitment };
}

/** One passkey prompt: the identity its PRF gives in this polity (PasskeyPrfUnsupportedError without PRF). */
export async function identityFromPasskey(config: AppConfig, passkey: StoredPasskey): Promise<VotingIdentity> {
  const { seed } = await deriveSecretIdentityWithPasskey({ polity: polityOf(config), credentialId: passkey.credentialId, rpId: location.hostname });
  return identityOf(seed);
}

/** A new random identity, for a passkey or wallet without PRF: its 24 words are then its only copy. */
export function newIdentity(): VotingIdentity {
  return identityOf(randomIdentitySeed());
}

/** The identity back from its 24 words, or from a backup file's text (SecretIdentitySeedError says what is wrong). */
export function identityFromWords(text: string, config: AppConfig): VotingIdentity {
  const trimmed = text.trim();
  return identityOf(trimmed.startsWith('{') ? seedFromSecretIdentityBackup(trimmed, polityOf(config)) : seedFromRecoveryPhrase(trimmed));
}

export function recoveryWords(identity: VotingIdentity): string[] {
  return recoveryPhraseFromSeed(identity.seed).split(' ');
}

export function backupFile(identity: VotingIdentity, config: AppConfig): string {
  return secretIdentityBackup(identity.seed, polityOf(config));
}

/** Whether the account has a voting identity registered on chain (and which). */
export async function registeredIdentity(reader: PublicClient, config: AppConfig, account: Address): Promise<{ registered: boolean; commitment: bigint }> {
  const { registered, commitment } = await readSecretIdentity(reader, { secretBallots: secretBallotsOf(config), account });
  return { registered, commitment };
}



export interface RoundStanding {
  readonly standing: SecretStanding;
  /** The round's group as the chain fixed it (checked against its root), when it is. */
  readonly group: SecretGroup | undefined;
}

/** Whether the account can cast a secret ballot in the round, read from the chain. */
export async function roundStanding(reader: PublicClient, config: AppConfig, account: Address, roundId: bigint, roundDistrict: number): Promise<RoundStanding> {
  const secretBallots = secretBallotsOf(config);
  const [resident, identity, fixed] = await Promise.all([
    getResident(reader, { polity: config.polity, account }),
    readSecretIdentity(reader, { secretBallots, account }),
    readSecretRoundGroup(reader, { secretBallots, roundId }),
  ]);
  const group = fixed.fixedAt === 0 ? undefined : (await readSecretGroup(reader, { secretBallots, roundId, fromBlock: config.polity.deployedAtBlock })).group;
  const standing = secretStanding({
    resident: { isResident: resident.isResident, district: resident.district },
    roundDistrict,
    commitment: identity.commitment,
    fixedAt: fixed.fixedAt,
    members: group?.members,
  });
  return { standing, group };
}

export type CastStage = 'group' | 'proving' | 'sending';

export interface CastParameters {
  readonly reader: PublicClient;
  readonly config: AppConfig;
  readonly roundId: bigint;
  readonly identity: VotingIdentity;
  readonly group: SecretGroup;
  readonly projects: readonly number[];
  readonly points: readonly number[];
  readonly onStage: (stage: CastStage) => void;
  /** The last revision the chain counted under this resident's ballot (0: none), read before proving. */
  readonly onCounted?: (counted: bigint) => void;
}

export interface CastResult {
  /** 1 for the first ballot, then 2, 3, … for each change. */
  readonly revision: bigint;
  readonly transactionHash: string;
}

/** Proves the ballot in the worker and sends it through the city's relay; a later ballot replaces the earlier one. */
export async function castSecretBallotFromBrowser({ reader, config, roundId, identity, group, projects, points, onStage, onCounted }: CastParameters): Promise<CastResult> {
  const secretBallots = secretBallotsOf(config);
  onStage('group');
  const scope = secretBallotScope({ chainId: config.chainId, rounds: config.polity.rounds, roundId });
  const nullifier = secretBallotNullifier(secretIdentityFromSeed(identity.seed), scope);
  const counted = await readSecretBallotRevision(reader, { secretBallots, roundId, nullifier });
  onCounted?.(counted);
  const revision = counted + 1n;
  const message = secretBallotMessage({ revision, projects, points });
  onStage('proving');
  const { proof } = await proveInWorker({ seed: identity.seed, members: group.members, roundId, message, scope });
  onStage('sending');
  const sent = await castSecretBallot({ relayUrl: config.serverUrl ?? '', roundId, projects, points, revision, proof });
  return { revision, transactionHash: sent.transactionHash };
}
