import type { PolityActivity } from '@polity/sdk';

/** One row of the audit log, as shown and exported. */
export interface LogRow {
  readonly block: bigint;
  readonly logIndex: number;
  readonly component: string;
  readonly event: string;
  readonly details: string;
  readonly transaction: string;
}

function show(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(show).join(' ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, inner]) => `${key}: ${show(inner)}`).join(', ')}}`;
  return String(value);
}

/** The SDK's decoded events as rows: the arguments written out in full, nothing left out. */
export function logRows(activity: readonly PolityActivity[], nameOf: (address: string) => string | undefined): LogRow[] {
  return activity.map((entry) => ({
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
  }));
}

/** RFC 4180 CSV of the rows. */
export function toCsv(rows: readonly LogRow[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = rows.map((row) => [row.block.toString(), String(row.logIndex), row.component, row.event, row.details, row.transaction].map(quote).join(','));
  return ['block,log_index,component,event,details,transaction', ...lines].join('\n') + '\n';
}
