/**
 * A round's ballots as they count now: each voter's latest BallotCast (a new ballot replaces the
 * earlier one), with its weight after every BallotWeightReduced since (a resident below the voter on
 * its delegation chain voted for themselves).
 */
import { z } from '@hono/zod-openapi';
import type { Address } from 'viem';
import type { IndexView } from '../index-view.js';
import { readEvents } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, hash32, positionOf, positionSchema, wholeNumber } from '../schemas.js';

export const ballotSchema = z
  .object({
    roundId: wholeNumber,
    voter: address,
    projects: z.array(z.number().int()),
    points: z.array(z.number().int()).openapi({ description: 'points per project, in the order of `projects` (cumulative ballots; empty otherwise)' }),
    weight: wholeNumber.openapi({ description: 'the weight the ballot counts with now' }),
    castWeight: wholeNumber.openapi({ description: 'the weight it counted with when cast' }),
    reductions: z.number().int().openapi({ description: 'how often its weight was reduced since it was cast' }),
    changes: z.number().int().openapi({ description: 'how many earlier ballots of this voter it replaced' }),
    commitment: hash32.openapi({ description: "the round's ballot commitment after the latest event of this ballot" }),
    cast: positionSchema,
    updated: positionSchema.openapi({ description: 'the latest event of this ballot (its cast, or a weight reduction)' }),
  })
  .openapi('Ballot');
export type BallotItem = z.infer<typeof ballotSchema>;

/** Newest ballot first. */
export const ballotSort: ListSort<BallotItem> = {
  list: 'ballots',
  orders: ['number-descending', 'number-descending'],
  keyOf: (ballot) => [ballot.cast.block, String(ballot.cast.logIndex)],
};

/** Every voter's ballot in a round, newest first. */
export function listBallots(view: IndexView, roundId: bigint): Promise<BallotItem[]> {
  return view.fold(`ballots:${roundId}`, async () => {
    const events = await readEvents(view.db, { contract: 'rounds', names: ['BallotCast', 'BallotWeightReduced'], roundId, upTo: view.upTo });
    const ballots = new Map<Address, BallotItem>();
    for (const event of events) {
      const at = positionOf(event);
      if (event.eventName === 'BallotCast') {
        const { voter, projects, points, weight, commitment } = event.args;
        const earlier = ballots.get(voter);
        ballots.set(voter, {
          roundId: roundId.toString(),
          voter,
          projects: [...projects],
          points: [...points],
          weight: weight.toString(),
          castWeight: weight.toString(),
          reductions: 0,
          changes: earlier ? earlier.changes + 1 : 0,
          commitment,
          cast: at,
          updated: at,
        });
      } else {
        const ballot = ballots.get(event.args.voter);
        if (!ballot) continue;
        ballots.set(event.args.voter, { ...ballot, weight: event.args.weight.toString(), reductions: ballot.reductions + 1, commitment: event.args.commitment, updated: at });
      }
    }
    return sortForPages([...ballots.values()], ballotSort);
  });
}
