import { castVote } from '../src/actions/governance/castVote.js';
import { executeProposal } from '../src/actions/governance/executeProposal.js';
import { propose } from '../src/actions/governance/propose.js';
import { queueProposal } from '../src/actions/governance/queueProposal.js';
import type { ProposalDraft } from '../src/proposals/draft.js';
import type { City } from './fixture.js';

/** Takes a proposal through governance: proposed and voted for by the first residents, queued, executed. */
export async function pass(city: City, proposal: ProposalDraft, voters = 3): Promise<bigint> {
  const { polity, people } = city;
  const proposer = people[0]!;
  const { proposalId } = await propose(proposer, { polity, proposal });
  await city.advance(61);
  for (const voter of people.slice(0, voters)) await castVote(voter, { polity, proposalId, support: 'for' });
  await city.advance(3601);
  await queueProposal(proposer, { polity, proposal });
  await city.advance(61);
  await executeProposal(proposer, { polity, proposal });
  return proposalId;
}
