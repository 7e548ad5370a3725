/**
 * The resident's side of sending a secret ballot: the ballot and its proof go to the city's relay
 * (`POST /relay/secret-ballot` on the city's server), which sends it from the city's own account. The
 * request carries no account and no signature; send it without cookies, so that nothing but the
 * connection itself comes with it (docs/secret-ballots.md says what the relay can still see).
 */
import type { Hash } from 'viem';
import { requestServer, serverBase } from '../server/request.js';
import type { PolityServerError, PolityServerUnreachableError } from '../server/errors.js';
import type { SecretBallotProof } from './secretBallotProof.js';

export interface CastSecretBallotParameters {
  /** The city's server (its relay), e.g. https://budget.example.city/api */
  readonly relayUrl: string;
  readonly roundId: bigint;
  readonly projects: readonly number[];
  readonly points: readonly number[];
  readonly revision: bigint;
  readonly proof: SecretBallotProof;
}

export interface CastSecretBallotReturnType {
  /** The castSecretBallot transaction the relay sent (mined when this returns). */
  readonly transactionHash: Hash;
  /** The ballot's nullifier: the resident's receipt, to look the ballot up on the audit trail. */
  readonly nullifier: bigint;
  /** The key the round counts the ballot under (the `voter` of its BallotCast event). */
  readonly ballotKey: `0x${string}`;
}

/** The relay's refusals arrive with its code: wrong_scope, wrong_message, invalid_proof, wrong_root, group_not_fixed, stale_revision, too_many_ballots, refused_on_chain, relay_unavailable. */
export type CastSecretBallotErrorType = PolityServerError | PolityServerUnreachableError;

export async function castSecretBallot({ relayUrl, roundId, projects, points, revision, proof }: CastSecretBallotParameters): Promise<CastSecretBallotReturnType> {
  const response = await requestServer(`${serverBase(relayUrl)}/relay/secret-ballot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'omit',
    body: JSON.stringify({ roundId: roundId.toString(), projects, points, revision: revision.toString(), proof }),
  });
  const body = (await response.json()) as { transactionHash: Hash; nullifier: string; ballotKey: `0x${string}` };
  return { transactionHash: body.transactionHash, nullifier: BigInt(body.nullifier), ballotKey: body.ballotKey };
}
