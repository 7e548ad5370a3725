/**
 * The identity keeper: keeps the polity's secret-ballot groups in step with its resident registry by
 * itself (docs/secret-ballots.md, "Keeping in step with the registry"). Every `identitySync.intervalSeconds`
 * it reads whether a leaf needs syncing (the pending count, the first expiry day, the chain's clock: three
 * reads) and, when one does, runs the SDK's `syncIdentityGroups` from the relay's account, logging each
 * transaction. It also runs the full sync at start-up, after a run that left a moved resident waiting to
 * join its district, and every `fullSyncEvery` checks (a sync someone else sent may leave a join to do).
 * It keeps the groups' mirror (the events folded so far, as the SDK returns it) in memory between runs, so
 * a run reads only the blocks since the last one; the SDK checks the mirror against the chain each time
 * and rebuilds from the deployment block when it disagrees, which is logged. A restart rebuilds once.
 * A failure (the RPC down, a refusal) is logged and retried at the next check; it never stops the server.
 */
import { readIdentityGroupsAddress, syncIdentityGroups, identityGroupsAbi, type IdentityGroupsMirror, type PolityAddresses, type SyncIdentityGroupsReturnType } from '@polity/sdk';
import type { Address } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import type { ServerContext } from '../context.js';
import { keeperSender } from './sender.js';

/** A full sync at least this often (in checks), whatever the cheap check says. */
const fullSyncEvery = 20;

export interface IdentityKeeper {
  /** The account it sends from. */
  readonly sender: Address;
  /** Resolves with the next completed run's result (a run is started at once if none is under way). */
  runNow(): Promise<SyncIdentityGroupsReturnType | undefined>;
  /** Stops checking; waits for a run under way to finish. */
  stop(): Promise<void>;
}

export interface IdentityKeeperOptions {
  readonly environment?: NodeJS.ProcessEnv;
}

/** Starts the keeper when it is on, the server has the relay's key and the polity has identity groups; otherwise logs why not. */
export function startIdentityKeeper(context: ServerContext, options: IdentityKeeperOptions = {}): IdentityKeeper | undefined {
  const { config, log } = context;
  if (!config.identitySync.enabled) return undefined;
  const secretBallots = config.polity.secretBallots ?? config.relay.secretBallots;
  if (secretBallots === undefined) {
    log.info('identity sync off: the configuration names no secret-ballot contracts (polity.secretBallots, or relay.secretBallots)');
    return undefined;
  }
  const sender = keeperSender(context, options.environment);
  if ('off' in sender) {
    log.info({ reason: sender.off }, 'identity sync off');
    return undefined;
  }
  const intervalMs = config.identitySync.intervalSeconds * 1000;
  let identityGroups = config.polity.identityGroups;
  let fullSyncDue = true;
  let checks = 0;
  /** Leaves whose expiry day has come but whose admission runs until this chain time: no full sync for them before it. */
  let quietUntil = 0;
  /** The groups' events read so far (from the last run's result): the next run reads only the blocks after it. */
  let mirror: IdentityGroupsMirror | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<SyncIdentityGroupsReturnType | undefined> | undefined;
  log.info({ sender: sender.address, intervalSeconds: config.identitySync.intervalSeconds }, 'identity sync on');

  const polity = async (): Promise<PolityAddresses & { identityGroups: Address }> => {
    // Read from SecretBallots once, when the configuration does not name it (the RPC may be down at start-up).
    identityGroups ??= await readIdentityGroupsAddress(context.chain, { secretBallots });
    return { ...context.polity, identityGroups, secretBallots };
  };

  /** Whether a full sync is worth running now: a leaf pending, or one lapsing that a sync can settle. */
  const needed = async (groups: Address): Promise<boolean> => {
    const [pending, firstExpiry, { timestamp }] = await Promise.all([
      readContract(context.chain, { address: groups, abi: identityGroupsAbi, functionName: 'pendingCount' }),
      readContract(context.chain, { address: groups, abi: identityGroupsAbi, functionName: 'firstExpiry' }),
      getBlock(context.chain, { blockTag: 'latest' }),
    ]);
    if (pending > 0n) return true;
    return firstExpiry !== 0n && firstExpiry <= timestamp && timestamp >= BigInt(quietUntil);
  };

  const run = async (): Promise<SyncIdentityGroupsReturnType | undefined> => {
    checks += 1;
    try {
      const addresses = await polity();
      if (!fullSyncDue && checks % fullSyncEvery !== 0 && !(await needed(addresses.identityGroups))) return undefined;
      const result = await syncIdentityGroups(sender.wallet, {
        polity: addresses,
        mirror,
        onStep: (step) => log.info(step.kind === 'synced' ? { account: step.account, reason: step.reason, outcome: step.outcome, transaction: step.hash } : { account: step.account, districtGroup: Number(step.districtGroup), transaction: step.hash }, step.kind === 'synced' ? 'identity synced' : 'identity joined its district group'),
      });
      mirror = result.mirror;
      const { eventsRead } = result;
      if (eventsRead.staleMirror !== undefined)
        log.warn({ reason: eventsRead.staleMirror, fromBlock: Number(eventsRead.fromBlock), toBlock: Number(eventsRead.toBlock) }, 'identity groups rebuilt from the deployment block: the kept events disagreed with the chain');
      else log.debug({ since: eventsRead.since, fromBlock: Number(eventsRead.fromBlock), toBlock: Number(eventsRead.toBlock) }, 'identity group events read');
      fullSyncDue = result.deferredJoins.length > 0;
      quietUntil = result.awaitingExpiry.reduce((earliest, leaf) => Math.min(earliest, leaf.until), Number.MAX_SAFE_INTEGER);
      if (result.awaitingExpiry.length === 0) quietUntil = 0;
      if (result.steps.length > 0 || result.awaitingExpiry.length > 0 || result.deferredJoins.length > 0)
        log.info({ transactions: result.steps.length, awaitingExpiry: result.awaitingExpiry.length, joinsWaiting: result.deferredJoins.length, settled: result.settled }, 'identity sync done');
      return result;
    } catch (error) {
      fullSyncDue = true;
      log.warn({ error: error instanceof Error ? error.message : String(error) }, 'identity sync failed: retrying at the next check');
      return undefined;
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), intervalMs);
  };
  const tick = (): Promise<SyncIdentityGroupsReturnType | undefined> => {
    clearTimeout(timer);
    running ??= run().finally(() => {
      running = undefined;
      schedule();
    });
    return running;
  };
  void tick();

  return {
    sender: sender.address,
    runNow: async () => {
      // A run already under way may have read the chain before the change the caller waits for.
      if (running) await running;
      fullSyncDue = true;
      return tick();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
