import type { Command } from 'commander';
import { syncIdentityGroups, type IdentitySyncStep } from '@polity/sdk';
import { connectToPolity, withPolityOptions, type PolityCommandOptions } from '../chain/polity-connection.js';
import { formatDate } from '../csv/values.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';
import { plural } from '../output/format.js';

const outcomes = {
  removed: 'no longer a resident: removed from the groups',
  'left-district': 'moved: removed from the old district group',
  refreshed: 'renewed: the new expiry date read, the leaf stays',
} as const;

function describeStep(step: IdentitySyncStep): string {
  if (step.kind === 'joined-district') return `${step.account}  joined district group ${step.districtGroup}  (${step.hash})`;
  return `${step.account}  ${outcomes[step.outcome]}${step.reason === 'lapsing' ? ' (its expiry day had come)' : ''}  (${step.hash})`;
}

/**
 * `polity sync-identities --polity <file>`: keeps the secret-ballot groups in step with the registry
 * (docs/secret-ballots.md), what the city's server does by itself, for a city that runs without it.
 */
export function registerSyncIdentities(program: Command, io: CliIo): void {
  withPolityOptions(
    program
      .command('sync-identities')
      .description("bring the secret-ballot identity groups in step with the registry: sync the leaves of residents revoked, expired or moved, or whose admission's expiry day has come, so that registrations and secret rounds can go on (the city's server does this by itself)"),
  ).action(async (options: PolityCommandOptions) => {
    const { connection, file } = await connectToPolity(options, io);
    try {
      const { polity } = file;
      if (polity.identityGroups === undefined)
        throw new CliError(`the polity "${file.name}" has no secret-ballot contracts in its file (no identityGroups address), so there are no identity groups to keep in step`, 'Nothing to do for this polity; a polity deployed with secret ballots names identityGroups and secretBallots in its file.');
      const result = await syncIdentityGroups(connection.client, { polity, onStep: (step) => io.out(`${describeStep(step)}\n`) });
      const lines = [result.steps.length === 0 ? 'nothing needed syncing' : `sent ${plural(result.steps.length, 'transaction')}`];
      for (const leaf of result.awaitingExpiry)
        lines.push(`${leaf.account}  its expiry day has come but its admission runs until ${formatDate(BigInt(leaf.until))}: run this again after then`);
      for (const join of result.deferredJoins) lines.push(`${join.account}  moved and joins its new district group later: ${join.reason}`);
      lines.push(result.settled ? 'the identity groups are settled: residents can register identities, and secret rounds count ballots' : 'the identity groups are not settled yet: registrations wait, and a secret round whose snapshot came now waits too');
      io.out(`${lines.join('\n')}\n`);
    } finally {
      await connection.close();
    }
  });
}
