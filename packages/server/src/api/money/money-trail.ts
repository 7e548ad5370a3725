/**
 * The money trail, oldest first: what governance paid out of the treasury (the timelock's executed
 * calls that carry value or are token transfers the SDK can read), project funding moved from the
 * treasury into the milestone escrow, milestones scheduled and paid, completions, refunds of stopped
 * projects, and challenge bonds forfeited to the treasury. Each entry with its block's time.
 */
import { z } from '@hono/zod-openapi';
import { getAddress, type Address } from 'viem';
import { decodeProposalActions } from '@polity/sdk';
import type { IndexView } from '../index-view.js';
import { readEvents, type IndexedEvent } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, hash32, positionOf, positionSchema, wholeNumber } from '../schemas.js';

export const moneyKinds = ['treasury-payment', 'project-funded', 'milestone-scheduled', 'milestone-released', 'project-completed', 'project-stopped', 'challenge-bond-forfeited'] as const;

export const moneyEntrySchema = z
  .object({
    kind: z.enum(moneyKinds).openapi({
      description:
        'treasury-payment: an executed proposal paid `amount` out of the treasury; project-funded: moved from `from` into the escrow; milestone-scheduled: promised, not moved; milestone-released: paid from the escrow to `to`; project-completed: every milestone paid (`amount`: released in all); project-stopped: `amount` refunded to the treasury; challenge-bond-forfeited: a rejected challenger\'s bond went to the treasury',
    }),
    at: positionSchema,
    part: z.number().int().openapi({ description: 'tells apart entries from one event (a call with both value and a token transfer)' }),
    roundId: wholeNumber.nullable(),
    projectId: z.number().int().nullable(),
    milestone: z.number().int().nullable(),
    token: address.nullable().openapi({ description: "the token moved; null: the chain's native currency (wei)" }),
    from: address.nullable(),
    to: address.nullable(),
    amount: wholeNumber,
    hash: hash32.nullable().openapi({ description: 'the published text it cites: milestone description, release evidence, stop or challenge reason' }),
    summary: z.string(),
  })
  .openapi('MoneyEntry');
export type MoneyEntry = z.infer<typeof moneyEntrySchema>;

/** Oldest first. */
export const moneySort: ListSort<MoneyEntry> = {
  list: 'money',
  orders: ['number-ascending', 'number-ascending', 'number-ascending'],
  keyOf: (entry) => [entry.at.block, String(entry.at.logIndex), String(entry.part)],
};

type EscrowEvent = IndexedEvent<'ProjectFunded' | 'MilestoneScheduled' | 'MilestoneReleased' | 'ProjectCompleted' | 'ProjectStopped'>;

function treasuryPayments(view: IndexView, event: IndexedEvent<'CallExecuted'>): MoneyEntry[] {
  const { target, value, data } = event.args;
  const at = positionOf(event);
  const base = { at, roundId: null, projectId: null, milestone: null, from: getAddress(view.polity.timelock), hash: null } as const;
  const entries: MoneyEntry[] = [];
  if (value > 0n) entries.push({ ...base, kind: 'treasury-payment', part: 0, token: null, to: target, amount: value.toString(), summary: `paid ${value} wei to ${target}` });
  const [action] = decodeProposalActions(view.polity, { targets: [target], values: [value], calldatas: [data] });
  if (action?.component === 'token' && action.functionName === 'transfer') {
    const [to, amount] = action.args as [Address, bigint];
    entries.push({ ...base, kind: 'treasury-payment', part: 1, token: target, to: getAddress(to), amount: amount.toString(), summary: action.summary });
  }
  return entries;
}

function escrowEntry(view: IndexView, event: EscrowEvent, funded: Map<string, IndexedEvent<'ProjectFunded'>>): MoneyEntry {
  const { roundId, projectId } = event.args;
  const grant = funded.get(`${roundId}:${projectId}`)?.args;
  const escrow = getAddress(view.polity.escrow);
  const base = { at: positionOf(event), part: 0, roundId: roundId.toString(), projectId, token: grant?.token ?? null } as const;
  const project = `project ${projectId} of round ${roundId}`;
  switch (event.eventName) {
    case 'ProjectFunded':
      return { ...base, kind: 'project-funded', milestone: null, token: event.args.token, from: event.args.from, to: escrow, amount: event.args.allocation.toString(), hash: null, summary: `${event.args.allocation} moved into the escrow for ${project}, in ${event.args.milestoneCount} milestones` };
    case 'MilestoneScheduled':
      return { ...base, kind: 'milestone-scheduled', milestone: Number(event.args.index), from: null, to: grant?.recipient ?? null, amount: event.args.amount.toString(), hash: event.args.descriptionHash, summary: `milestone ${Number(event.args.index) + 1} of ${project}: ${event.args.amount}` };
    case 'MilestoneReleased':
      return { ...base, kind: 'milestone-released', milestone: Number(event.args.index), from: escrow, to: event.args.recipient, amount: event.args.amount.toString(), hash: event.args.evidenceHash, summary: `${event.args.amount} paid for milestone ${Number(event.args.index) + 1} of ${project}` };
    case 'ProjectCompleted':
      return { ...base, kind: 'project-completed', milestone: null, from: null, to: null, amount: event.args.released.toString(), hash: null, summary: `${project} completed: ${event.args.released} paid in all` };
    case 'ProjectStopped':
      return { ...base, kind: 'project-stopped', milestone: null, from: escrow, to: grant?.from ?? getAddress(view.polity.timelock), amount: event.args.refund.toString(), hash: event.args.reasonHash, summary: `${project} stopped: ${event.args.refund} refunded` };
  }
}

export function moneyTrail(view: IndexView): Promise<MoneyEntry[]> {
  return view.fold('money', async () => {
    const [calls, escrowEvents, forfeits] = await Promise.all([
      readEvents(view.db, { contract: 'timelock', names: ['CallExecuted'], upTo: view.upTo }),
      readEvents(view.db, { contract: 'escrow', names: ['ProjectFunded', 'MilestoneScheduled', 'MilestoneReleased', 'ProjectCompleted', 'ProjectStopped'], upTo: view.upTo }),
      readEvents(view.db, { contract: 'results', names: ['ChallengeRejected'], upTo: view.upTo }),
    ]);
    // The escrow schedules a project's milestones before it announces the funding (token, recipient).
    const funded = new Map<string, IndexedEvent<'ProjectFunded'>>();
    for (const event of escrowEvents) if (event.eventName === 'ProjectFunded') funded.set(`${event.args.roundId}:${event.args.projectId}`, event);
    const entries: MoneyEntry[] = calls.flatMap((call) => treasuryPayments(view, call));
    for (const event of escrowEvents) entries.push(escrowEntry(view, event, funded));
    for (const event of forfeits) {
      const { roundId, challenger, bond, reasonHash } = event.args;
      entries.push({ kind: 'challenge-bond-forfeited', at: positionOf(event), part: 0, roundId: roundId.toString(), projectId: null, milestone: null, token: null, from: challenger, to: getAddress(view.polity.timelock), amount: bond.toString(), hash: reasonHash, summary: `the challenge of round ${roundId}'s outcome was rejected: its bond of ${bond} wei went to the treasury` });
    }
    return sortForPages(entries, moneySort);
  });
}
