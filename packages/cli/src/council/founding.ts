import { keccak256, toHex } from 'viem';
import {
  admitResidents,
  buildSettingChangeProposal,
  castVote,
  executeProposal,
  getProposal,
  getResident,
  getVoteReceipt,
  propose,
  queueProposal,
  type PolityAddresses,
  type RoundLimits,
} from '@polity/sdk';
import { chainTime, waitForChainTime, type WaitOptions } from '../chain/clock.js';
import type { Connection } from '../chain/connection.js';
import { CliError } from '../errors.js';
import type { CliIo } from '../io.js';

/** How long the founding resident's membership lasts: ten years. */
const foundingMembership = 10n * 365n * 86_400n;

export interface FoundingVoteOptions extends WaitOptions {
  /** The founding proposal, when an earlier run made it (a resumed replay). */
  readonly proposalId?: bigint;
  /** Called once the proposal exists, so that a restart resumes it instead of proposing again. */
  readonly onProposed?: (proposalId: bigint) => Promise<void>;
  /** Round limits the same vote sets (a replay's: one resident submits every project, windows of seconds). */
  readonly roundLimits?: RoundLimits;
}

/**
 * The founding vote of a new polity, before anyone else lives in it: the sender (registrar and council)
 * admits itself as the only resident, proposes that governance grant the council ROUND_MANAGER_ROLE on
 * the budget rounds, votes for it, and queues and executes it through the timelock. A polity's factory
 * gives that role to governance alone; this is the proposal residents would pass later, carried by the
 * one resident there is. The sender stays a resident: it submits the projects the council imports. On
 * a development node the clock is moved past each delay; elsewhere the command waits them out. Resumes
 * from the proposal's state when given one.
 */
export async function passFoundingVote(connection: Connection, polity: PolityAddresses, io: CliIo, options: FoundingVoteOptions = {}): Promise<void> {
  const { client, account } = connection;
  const proposal = buildSettingChangeProposal(polity, {
    title: 'Let the council open budget rounds',
    body: 'The founding vote: the council opens participatory-budgeting rounds itself, without a proposal for each round.',
    changes: [
      { setting: 'grantRole', component: 'rounds', role: 'ROUND_MANAGER_ROLE', account: account.address },
      ...(options.roundLimits === undefined ? [] : [{ setting: 'roundLimits' as const, limits: options.roundLimits }]),
    ],
  });
  let proposalId = options.proposalId;
  if (proposalId === undefined) {
    const founder = await getResident(client, { polity, account: account.address });
    if (!founder.isResident) {
      io.err('founding vote: admitting the council as the first resident\n');
      const credential = keccak256(toHex(`polity founding resident ${account.address} ${polity.registry}`));
      await admitResidents(client, { polity, residents: [{ account: account.address, credential, district: 0, expiresAt: (await chainTime(connection)) + foundingMembership }] });
      // The Governor counts the proposer's votes one second before the proposal. A development node
      // can mine the admission and the proposal in the same second, which would find no votes yet.
      await waitForChainTime(connection, (await chainTime(connection)) + 1n, 'founding vote', io, options);
    }
    proposalId = (await propose(client, { polity, proposal })).proposalId;
    await options.onProposed?.(proposalId);
    io.err(`founding vote: proposal "Let the council open budget rounds" made\n`);
  }
  for (;;) {
    const { state, snapshot, deadline, eta } = await getProposal(client, { polity, proposalId });
    switch (state) {
      case 'pending':
        await waitForChainTime(connection, snapshot + 1n, 'founding vote opens', io, options);
        break;
      case 'active':
        if (!(await getVoteReceipt(client, { polity, proposalId, voter: account.address })).voted) {
          await castVote(client, { polity, proposalId, support: 'for', reason: 'founding vote' });
        }
        await waitForChainTime(connection, (await getProposal(client, { polity, proposalId })).deadline + 1n, 'founding vote closes', io, options);
        break;
      case 'succeeded':
        await queueProposal(client, { polity, proposal });
        break;
      case 'queued':
        await waitForChainTime(connection, eta, 'timelock delay', io, options);
        await executeProposal(client, { polity, proposal });
        break;
      case 'executed':
        io.err('founding vote: passed and executed; the council opens budget rounds\n');
        return;
      default:
        throw new CliError(`the founding proposal is ${state} (deadline ${deadline})`, 'Deploy a new polity, or pass the proposal through governance.');
    }
  }
}
