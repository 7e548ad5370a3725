/**
 * A round's result as the results contract's events tell it: the final result (ResultFinalised), or
 * the equal-shares outcome proposed and open to challenge (OutcomeProposed), with every challenge and
 * how governance decided it. Residents check a result on chain; this is the list of what happened.
 */
import { z } from '@hono/zod-openapi';
import { enumName, outcomeCompletions, resultStatuses } from '@polity/sdk';
import type { IndexView } from '../index-view.js';
import { readEvents, type IndexedEvent } from '../indexed-events.js';
import { address, hash32, indexedBlockSchema, positionOf, positionSchema, wholeNumber } from '../schemas.js';

const outcomeSchema = z.object({
  proposer: address,
  projects: z.array(z.number().int()),
  spent: wholeNumber,
  completion: z.string().openapi({ example: 'add1' }),
  ballotCommitment: hash32,
  challengeEnd: wholeNumber.openapi({ description: 'until when it may be challenged (seconds since 1970): as proposed, or as reopened after a rejected challenge' }),
  fate: z.enum(['open', 'discarded', 'final']).openapi({ description: 'open: in its challenge window or under challenge; discarded: a challenge was upheld' }),
  proposed: positionSchema,
});

const challengeSchema = z.object({
  challenger: address,
  bond: wholeNumber.openapi({ description: 'wei' }),
  reasonHash: hash32,
  decision: z.enum(['pending', 'upheld', 'rejected']).openapi({ description: 'upheld: the outcome was discarded and the bond can be withdrawn; rejected: the bond went to the treasury' }),
  challenged: positionSchema,
  decided: positionSchema.nullable(),
});

export const resultSchema = z
  .object({
    roundId: wholeNumber,
    status: z.enum(resultStatuses).openapi({ description: 'none, proposed, challenged or final' }),
    projects: z.array(z.number().int()).openapi({ description: 'the funded projects once final; the proposed ones while an outcome is open; else empty' }),
    spent: wholeNumber,
    ballotCommitment: hash32.nullable(),
    finalised: positionSchema.nullable(),
    outcomes: z.array(outcomeSchema).openapi({ description: 'equal-shares outcomes proposed, oldest first' }),
    challenges: z.array(challengeSchema),
    indexedBlock: indexedBlockSchema,
  })
  .openapi('RoundResult');
export type RoundResult = z.infer<typeof resultSchema>;
type Outcome = RoundResult['outcomes'][number];
type Challenge = RoundResult['challenges'][number];

const resultEvents = ['OutcomeProposed', 'OutcomeChallenged', 'ChallengeUpheld', 'ChallengeRejected', 'ChallengeWindowReopened', 'ResultFinalised'] as const;
export type ResultEvent = IndexedEvent<(typeof resultEvents)[number]>;

export function roundResult(view: IndexView, roundId: bigint): Promise<Omit<RoundResult, 'indexedBlock'>> {
  return view.fold(`result:${roundId}`, async () =>
    foldRoundResult(roundId, await readEvents(view.db, { contract: 'results', names: resultEvents, roundId, upTo: view.upTo })),
  );
}

/** The result as a round's results events tell it, oldest first: pure, so it is tested without a chain. */
export function foldRoundResult(roundId: bigint, events: readonly ResultEvent[]): Omit<RoundResult, 'indexedBlock'> {
  const outcomes: Outcome[] = [];
  const challenges: Challenge[] = [];
  let status: RoundResult['status'] = 'none';
  let final: { projects: number[]; spent: string; ballotCommitment: string; finalised: RoundResult['finalised'] } | undefined;
  const pending = () => [...challenges].reverse().find((challenge) => challenge.decision === 'pending');
  for (const event of events) {
    const at = positionOf(event);
    switch (event.eventName) {
      case 'OutcomeProposed': {
        const { proposer, projects, spent, completion, ballotCommitment, challengeEnd } = event.args;
        outcomes.push({ proposer, projects: [...projects], spent: spent.toString(), completion: enumName(outcomeCompletions, completion), ballotCommitment, challengeEnd: challengeEnd.toString(), fate: 'open', proposed: at });
        status = 'proposed';
        break;
      }
      case 'OutcomeChallenged':
        challenges.push({ challenger: event.args.challenger, bond: event.args.bond.toString(), reasonHash: event.args.reasonHash, decision: 'pending', challenged: at, decided: null });
        status = 'challenged';
        break;
      case 'ChallengeUpheld': {
        const challenge = pending();
        if (challenge) Object.assign(challenge, { decision: 'upheld', decided: at });
        const outcome = outcomes.at(-1);
        if (outcome) outcome.fate = 'discarded';
        status = 'none';
        break;
      }
      case 'ChallengeRejected': {
        const challenge = pending();
        if (challenge) Object.assign(challenge, { decision: 'rejected', decided: at });
        status = 'proposed';
        break;
      }
      case 'ChallengeWindowReopened': {
        // A rejected challenge gives the outcome a new window (issue 12): residents see the new end.
        const outcome = outcomes.at(-1);
        if (outcome && outcome.fate === 'open') outcome.challengeEnd = event.args.challengeEnd.toString();
        break;
      }
      case 'ResultFinalised': {
        const outcome = outcomes.at(-1);
        if (outcome && outcome.fate === 'open') outcome.fate = 'final';
        final = { projects: [...event.args.projects], spent: event.args.spent.toString(), ballotCommitment: event.args.ballotCommitment, finalised: at };
        status = 'final';
        break;
      }
    }
  }
  const open = outcomes.at(-1)?.fate === 'open' ? outcomes.at(-1) : undefined;
  return {
    roundId: roundId.toString(),
    status,
    projects: final?.projects ?? open?.projects ?? [],
    spent: final?.spent ?? open?.spent ?? '0',
    ballotCommitment: final?.ballotCommitment ?? open?.ballotCommitment ?? null,
    finalised: final?.finalised ?? null,
    outcomes,
    challenges,
  };
}
