import type { Address, Hex } from 'viem';
import type { PolityActivity } from '@polity/sdk';

/**
 * A milestone event told as a sentence: what the escrow scheduled a payment for (its description),
 * or what a payment was for (the evidence the council published with it).
 */
export interface MilestoneLine {
  readonly kind: 'scheduled' | 'released';
  readonly roundId: bigint;
  readonly projectId: number;
  /** 0-based, as on chain. */
  readonly index: number;
  readonly amount: bigint;
  /** The description (scheduled) or the evidence (released), by content hash. */
  readonly textHash: Hex;
  /** Released: what the milestone was scheduled to pay for (its MilestoneScheduled description), when in the log. */
  readonly descriptionHash: Hex | undefined;
  readonly recipient: Address | undefined;
}

/** One row of the audit log, as shown and exported. */
export interface LogRow {
  readonly block: bigint;
  readonly logIndex: number;
  readonly component: string;
  readonly event: string;
  readonly details: string;
  readonly transaction: string;
  readonly milestone?: MilestoneLine;
  /** The decoded event itself, told as a sentence on the page (./sentence.ts). */
  readonly entry: PolityActivity;
}

const milestoneKey = (roundId: bigint, projectId: number, index: bigint) => `${roundId}:${projectId}:${index}`;

function milestoneLine(entry: PolityActivity, descriptions: ReadonlyMap<string, Hex>): MilestoneLine | undefined {
  if (entry.eventName === 'MilestoneScheduled') {
    const { roundId, projectId, index, amount, descriptionHash } = entry.args;
    return { kind: 'scheduled', roundId, projectId, index: Number(index), amount, textHash: descriptionHash, descriptionHash, recipient: undefined };
  }
  if (entry.eventName === 'MilestoneReleased') {
    const { roundId, projectId, index, amount, evidenceHash, recipient } = entry.args;
    const descriptionHash = descriptions.get(milestoneKey(roundId, projectId, index));
    return { kind: 'released', roundId, projectId, index: Number(index), amount, textHash: evidenceHash, descriptionHash, recipient };
  }
  return undefined;
}

function show(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(show).join(' ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, inner]) => `${key}: ${show(inner)}`).join(', ')}}`;
  return String(value);
}

/** The SDK's decoded events as rows: the arguments written out in full, nothing left out. */
export function logRows(activity: readonly PolityActivity[], nameOf: (address: string) => string | undefined): LogRow[] {
  const descriptions = new Map<string, Hex>();
  for (const entry of activity) {
    if (entry.eventName === 'MilestoneScheduled') descriptions.set(milestoneKey(entry.args.roundId, entry.args.projectId, entry.args.index), entry.args.descriptionHash);
  }
  return activity.map((entry) => {
    const milestone = milestoneLine(entry, descriptions);
    return {
      block: entry.blockNumber,
      logIndex: entry.logIndex,
      component: entry.contract,
      event: entry.eventName,
      details: Object.entries((entry.args ?? {}) as Record<string, unknown>)
        .map(([key, value]) => {
          const text = show(value);
          const name = typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value) ? nameOf(value) : undefined;
          return `${key}=${name ? `${name} (${text})` : text}`;
        })
        .join('; '),
      transaction: entry.transactionHash,
      entry,
      ...(milestone ? { milestone } : {}),
    };
  });
}

/** RFC 4180 CSV of the rows. */
export function toCsv(rows: readonly LogRow[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = rows.map((row) => [row.block.toString(), String(row.logIndex), row.component, row.event, row.details, row.transaction].map(quote).join(','));
  return ['block,log_index,component,event,details,transaction', ...lines].join('\n') + '\n';
}
