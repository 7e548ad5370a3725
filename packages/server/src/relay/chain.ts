/**
 * The relay's view of the chain and its sending: SecretBallots read through the server's RPC client,
 * and `castSecretBallot` sent from the city's relay account, whose key is read once from the environment
 * variable the configuration names (never from the configuration file, which is often shared).
 */
import { castSecretBallotThroughContract, readSecretBallotRevision, readSecretRoundGroup } from '@polity/sdk';
import { createWalletClient, http, nonceManager, type Account, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { ServerContext } from '../context.js';
import { SecretBallotConflictError } from './errors.js';
import type { RelayChain, SecretBallotChainView } from './check.js';

export function relayAccount(settings: ServerContext['config']['relay'], environment: NodeJS.ProcessEnv = process.env): { account: Account } | { reason: string } {
  if (!settings.secretBallots) return { reason: "the relay is on but relay.secretBallots is not set: the city's IT staff must put the SecretBallots contract's address in the server's configuration" };
  const key = environment[settings.senderKeyEnv]?.trim();
  if (!key)
    return { reason: `the relay is on but the environment variable ${settings.senderKeyEnv} (named by relay.senderKeyEnv) holds no key: the city's IT staff must set it to the relay account's private key and restart the server` };
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) return { reason: `the environment variable ${settings.senderKeyEnv} (named by relay.senderKeyEnv) is not a private key: it must be 0x followed by 64 hexadecimal digits` };
  // The identity keeper (src/keeper/) sends from this account too: one nonce manager for both.
  return { account: privateKeyToAccount(key as `0x${string}`, { nonceManager }) };
}

export function relayChain(context: ServerContext): RelayChain {
  const settings = context.config.relay;
  const sender = relayAccount(settings);
  const secretBallots = settings.secretBallots as Address;
  const reads: SecretBallotChainView = {
    roundGroup: (roundId) => readSecretRoundGroup(context.chain, { secretBallots, roundId }),
    revisionOf: (roundId, nullifier) => readSecretBallotRevision(context.chain, { secretBallots, roundId, nullifier }),
  };
  if ('reason' in sender) return { ready: false, reason: sender.reason, ...reads, send: () => Promise.reject(new Error(sender.reason)) };
  const wallet = createWalletClient({ account: sender.account, chain: context.chain.chain, transport: http(context.config.chain.rpcUrls[0]) });
  return {
    ready: true,
    ...reads,
    async send(request) {
      try {
        return await castSecretBallotThroughContract(wallet, context.chain, {
          secretBallots,
          roundId: request.roundId,
          projects: request.projects,
          points: request.points,
          revision: request.revision,
          proof: {
            merkleTreeDepth: request.proof.merkleTreeDepth,
            merkleTreeRoot: request.proof.merkleTreeRoot,
            nullifier: request.proof.nullifier,
            message: request.proof.message,
            scope: request.proof.scope,
            points: request.proof.points,
          },
        });
      } catch (error) {
        // The contract's refusal (decoded by the SDK) is about the ballot, not the relay: say it.
        if (error instanceof Error && 'shortMessage' in error && error.name !== 'PolityRpcUnavailableError')
          throw new SecretBallotConflictError('refused_on_chain', `the chain refused this ballot: ${(error as { shortMessage: string }).shortMessage}`);
        throw error;
      }
    },
  };
}
