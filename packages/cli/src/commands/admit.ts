import { basename, isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { admitResidents, getResident, getTopics, type PolityAddresses } from '@polity/sdk';
import { chainTime } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { wholeNumber } from '../chain/options.js';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { confirmSending } from '../council/confirm.js';
import { describeFailure } from '../council/failure.js';
import { credentialSalt } from '../council/salt.js';
import { describeLines, describeRejected, readCsv } from '../csv/read.js';
import { readResidents, type ResidentRow } from '../csv/residents.js';
import { formatDate, parseDate } from '../csv/values.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { formatAmount, plural } from '../output/format.js';
import { ProgressBar } from '../output/progress.js';
import { renderTable } from '../output/table.js';

interface AdmitOptions extends PolityCommandOptions {
  readonly saltFile?: string;
  readonly expires?: string;
  readonly batchSize: number;
  readonly yes?: boolean;
  readonly dryRun?: boolean;
  readonly encoding?: string;
}

/** `polity admit residents.csv`: the identity office admits (or renews) residents from a CSV file. */
export function registerAdmit(program: Command, io: CliIo): void {
  withPolityOptions(
    program
      .command('admit')
      .description('admit residents from a CSV file (address, credential, district, expires); credentials are hashed with the council\'s salt before anything is sent')
      .argument('<residents.csv>', 'one resident per line under a header: address,credential[,district][,expires]')
      .option('--expires <date>', 'expiry for rows without one (2027-12-31, or a time with its zone)')
      .option('--salt-file <file>', 'the council\'s credential salt (default: $POLITY_CREDENTIAL_SALT, else .polity/<polity>.salt, created if missing)')
      .option('--batch-size <n>', 'residents per transaction', wholeNumber('--batch-size', 1), 200)
      .option('--encoding <encoding>', 'encoding of a CSV that is not UTF-8 and has no byte-order mark (windows-1250, iso-8859-2, ...)')
      .option('--dry-run', 'check the file and show the preview; send nothing')
      .option('--yes', 'send without asking for confirmation'),
  ).action(async (csv: string, options: AdmitOptions) => {
    const table = await readCsv(isAbsolute(csv) ? csv : resolve(io.cwd, csv), csv, { encodingOption: true, ...(options.encoding === undefined ? {} : { encoding: options.encoding }) });
    const defaultExpiry = options.expires === undefined ? undefined : parseDate(options.expires, '--expires');
    if (defaultExpiry !== undefined && !defaultExpiry.ok) throw new CliError(defaultExpiry.reason, undefined, 2);
    const { connection, file } = await connectToPolity(options, io);
    try {
      const salt = await credentialSalt(io, file.name, options.saltFile, () => residentsAdmittedBefore(connection, file.polity));
      const now = await chainTime(connection);
      const { accepted, rejected } = readResidents(table, { salt, now, defaultExpiry: defaultExpiry?.value });
      const plan = await planAdmissions(connection, file.polity, accepted);
      io.out(preview(csv, table.rows.length, plan, rejected.length));
      if (rejected.length > 0) io.out(`\n${plural(rejected.length, 'row')} refused, not sent:\n${describeRejected(csv, rejected)}`);
      const toSend = [...plan.admit, ...plan.renew].sort((a, b) => a.line - b.line);
      if (options.dryRun === true || toSend.length === 0) {
        if (toSend.length === 0) io.out('\nnothing to send\n');
        return finish(rejected.length, csv);
      }
      const batches = chunk(toSend, options.batchSize);
      await confirmSending(io, `Send ${plural(toSend.length, 'resident')} in ${plural(batches.length, 'transaction')} to ${file.name} on chain ${connection.chainId}?`, options.yes);
      await sendBatches(connection, file.polity, batches, io);
      io.out(`admitted ${formatAmount(plan.admit.length)}, renewed ${formatAmount(plan.renew.length)} in ${plural(batches.length, 'transaction')}\n`);
      finish(rejected.length, csv);
    } finally {
      await connection.close();
    }
  });
}

/**
 * Residents an earlier import admitted: the registry's count, less the sender when it is a resident (the
 * founding vote of `deploy --council-opens-rounds` admits the council with a credential of its own, no salt).
 */
async function residentsAdmittedBefore(connection: Connection, polity: PolityAddresses): Promise<bigint> {
  const [{ residentCount }, sender] = await Promise.all([getTopics(connection.client, { polity }), getResident(connection.client, { polity, account: connection.account.address })]);
  return residentCount - (sender.isResident ? 1n : 0n);
}

interface AdmissionPlan {
  readonly admit: readonly ResidentRow[];
  readonly renew: readonly ResidentRow[];
  /** Residents already admitted with the same district and expiry: sending them again would change nothing. */
  readonly unchanged: readonly ResidentRow[];
}

/** Sorts rows by what the registry holds for each address now, so that a re-run skips what is done. */
async function planAdmissions(connection: Connection, polity: PolityAddresses, rows: readonly ResidentRow[]): Promise<AdmissionPlan> {
  const records = await Promise.all(rows.map((row) => getResident(connection.client, { polity, account: row.account })));
  const admit: ResidentRow[] = [];
  const renew: ResidentRow[] = [];
  const unchanged: ResidentRow[] = [];
  rows.forEach((row, index) => {
    const record = records[index]!;
    if (!record.member) admit.push(row);
    else if (record.isResident && record.district === row.district && BigInt(record.expiresAt) === row.expiresAt) unchanged.push(row);
    else renew.push(row);
  });
  return { admit, renew, unchanged };
}

function preview(csv: string, rows: number, plan: AdmissionPlan, refused: number): string {
  const sample = [...plan.admit, ...plan.renew].sort((a, b) => a.line - b.line).slice(0, 5);
  const renewing = new Set(plan.renew);
  const lines = [
    `${basename(csv)}: ${plural(rows, 'row')}: ${formatAmount(plan.admit.length)} to admit, ${formatAmount(plan.renew.length)} to renew, ${formatAmount(plan.unchanged.length)} already residents as listed, ${formatAmount(refused)} refused`,
  ];
  if (sample.length > 0) {
    lines.push(
      '',
      renderTable(
        [{ header: 'line', align: 'right' }, { header: 'address' }, { header: 'district', align: 'right' }, { header: 'expires' }, { header: 'credential (salted hash)' }, { header: 'action' }],
        sample.map((row) => [String(row.line), row.account, String(row.district), formatDate(row.expiresAt), `${row.credential.slice(0, 18)}…`, renewing.has(row) ? 'renew' : 'admit']),
      ).trimEnd(),
    );
    const more = plan.admit.length + plan.renew.length - sample.length;
    if (more > 0) lines.push(`… and ${plural(more, 'more row')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Sends batch after batch; a failure says which lines were sent and which were not, then stops. */
async function sendBatches(connection: Connection, polity: PolityAddresses, batches: readonly (readonly ResidentRow[])[], io: CliIo): Promise<void> {
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  const progress = new ProgressBar({ write: io.err, interactive: io.interactive === true }, 'residents', total);
  const sent: ResidentRow[] = [];
  for (const [index, batch] of batches.entries()) {
    try {
      await admitResidents(connection.client, {
        polity,
        residents: batch.map((row) => ({ account: row.account, credential: row.credential, district: row.district, expiresAt: row.expiresAt })),
      });
    } catch (error) {
      progress.finish();
      const unsent = batches.slice(index).flat();
      throw describeFailure(error, {
        what: `batch ${index + 1} of ${batches.length} (${describeLines(batch)})`,
        sent: sent.length === 0 ? 'nothing was sent before it' : `${plural(sent.length, 'resident')} on ${describeLines(sent)} were admitted before it`,
        unsent: `${describeLines(unsent)} (${plural(unsent.length, 'resident')}) were not sent`,
        retry: 'Fix the problem and run the same command again: residents already admitted are skipped.',
      });
    }
    sent.push(...batch);
    progress.tick(batch.length);
  }
  progress.finish();
}

function finish(refused: number, csv: string): void {
  if (refused > 0) throw new CliError(`${plural(refused, 'row')} of ${basename(csv)} ${refused === 1 ? 'was' : 'were'} refused (listed above) and not sent`, 'Fix those lines and run the command again: residents already admitted are skipped.');
}

function chunk<item>(items: readonly item[], size: number): item[][] {
  const chunks: item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
