import { decodeEventLog, getAddress, type Abi, type Address, type DecodeEventLogReturnType, type Hash, type Log } from 'viem';
import { getBlockNumber } from 'viem/actions';
import {
  budgetRoundsAbi,
  milestoneEscrowAbi,
  polityGovernorAbi,
  residentRegistryAbi,
  roundResultsAbi,
  timelockControllerAbi,
} from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import { PolityInvalidInputError, type PolityRpcUnavailableError, type PolityWrongNetworkError } from '../../chain/errors/base.js';
import { pagedLogs } from '../../chain/logs.js';
import type { PolityComponent } from '../../chain/polity.js';

/** Each component's ABI, by the name the activity reader (and `PolityAddresses`) gives it. */
export const componentAbis = {
  registry: residentRegistryAbi,
  governor: polityGovernorAbi,
  timelock: timelockControllerAbi,
  rounds: budgetRoundsAbi,
  results: roundResultsAbi,
  escrow: milestoneEscrowAbi,
} as const satisfies Record<PolityComponent, Abi>;

/** An event of one component, decoded with its ABI, tagged with the component's name. */
export type ComponentEvent<component extends PolityComponent> = DecodeEventLogReturnType<(typeof componentAbis)[component]> & {
  readonly contract: component;
};

/** Any event of any component of a polity: `contract` and `eventName` narrow `args`. */
export type PolityEvent = { [component in PolityComponent]: ComponentEvent<component> }[PolityComponent];

/** Where an event happened in the chain's history. */
export interface ActivityPosition {
  readonly blockNumber: bigint;
  readonly logIndex: number;
  readonly transactionHash: Hash;
  readonly address: Address;
}

/** One entry of a polity's audit trail. */
export type PolityActivity = PolityEvent & ActivityPosition;

export interface GetActivityProgress {
  readonly fromBlock: bigint;
  readonly toBlock: bigint;
  /** The last block read so far. */
  readonly scannedTo: bigint;
  /** Events found so far. */
  readonly events: number;
}

export interface GetActivityParameters extends PolityActionParameters {
  /** Default: the polity's `deployedAtBlock`, else 0. */
  readonly fromBlock?: bigint;
  /** Default: the latest block when the call starts. */
  readonly toBlock?: bigint;
  /** Blocks per getLogs request to start with (default 5,000; halved when the provider refuses). */
  readonly pageSize?: bigint;
  /** Only these components (default: all six). */
  readonly components?: readonly PolityComponent[];
  readonly onProgress?: (progress: GetActivityProgress) => void;
}

export type GetActivityReturnType = PolityActivity[];

export type GetActivityErrorType = PolityInvalidInputError | PolityWrongNetworkError | PolityRpcUnavailableError;

/**
 * The complete, ordered audit trail of a polity: every event of its components in
 * [fromBlock, toBlock], decoded against the generated ABIs and sorted by (block, log index). Reads
 * the history in pages of `pageSize` blocks so that years of history on a public network work.
 */
export async function getActivity(client: PolityClient, parameters: GetActivityParameters): Promise<GetActivityReturnType> {
  const { polity } = parameters;
  return runPolityAction(client, polity, async () => {
    const components = parameters.components ?? (Object.keys(componentAbis) as PolityComponent[]);
    const byAddress = new Map(components.map((component) => [getAddress(polity[component]), component] as const));
    const fromBlock = parameters.fromBlock ?? polity.deployedAtBlock ?? 0n;
    const toBlock = parameters.toBlock ?? (await getBlockNumber(client, { cacheTime: 0 }));
    if (fromBlock > toBlock) throw new PolityInvalidInputError('fromBlock', `${fromBlock} is after toBlock ${toBlock}`);
    let events = 0;
    const logs = await pagedLogs(client, {
      address: [...byAddress.keys()],
      fromBlock,
      toBlock,
      pageSize: parameters.pageSize ?? 5_000n,
      onPage: (page) => {
        events += page.logs;
        parameters.onProgress?.({ fromBlock, toBlock, scannedTo: page.toBlock, events });
      },
    });
    const activity = logs.flatMap((log) => {
      const component = byAddress.get(getAddress(log.address));
      const decoded = component ? decodeActivity(component, log) : undefined;
      return decoded ? [decoded] : [];
    });
    return activity.sort((a, b) => (a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1));
  });
}

/** Decodes one log of a component; undefined for a log its ABI does not describe, or a pending log. */
export function decodeActivity(component: PolityComponent, log: Log): PolityActivity | undefined {
  if (log.blockNumber === null || log.logIndex === null || log.transactionHash === null) return undefined;
  try {
    const event = decodeEventLog({ abi: componentAbis[component], data: log.data, topics: log.topics, strict: true });
    const position = { blockNumber: log.blockNumber, logIndex: log.logIndex, transactionHash: log.transactionHash, address: getAddress(log.address) };
    // decodeEventLog's result is the component's event union; `contract` tags which component it is.
    return { ...event, contract: component, ...position } as PolityActivity;
  } catch {
    return undefined;
  }
}
