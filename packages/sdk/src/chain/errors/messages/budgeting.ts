import { ballotKinds, enumName, projectStatuses, roundPhases } from '../../enums.js';
import { PolityBallotError, PolityRoundError, PolityRoundPhaseError, type PolityContractError } from '../contract.js';
import { formatAccount, formatAmount, formatTime } from '../format.js';
import type { PolityRevert } from '../abi.js';

/** What each phase is for, to say what a caller should wait for. */
const phaseHint: Record<string, string> = {
  submission: 'projects are submitted during submission',
  review: 'the council reviews projects during review',
  voting: 'ballots are cast while voting is open',
  result: 'results are counted once voting has closed',
};

/** The phase-mismatch message shared by the contract's revert and the SDK's own check. */
export function wrongPhaseMessage(roundId: bigint, current: number, required: number): string {
  const now = enumName(roundPhases, current);
  const needed = enumName(roundPhases, required);
  return `round ${roundId} is in ${now} but this needs ${needed}: ${phaseHint[needed] ?? 'wait for that phase'}`;
}

/** Budget rounds, projects and ballots (BudgetRounds). */
export function budgetingError(revert: PolityRevert, cause: unknown): PolityContractError | undefined {
  const base = { errorName: revert.errorName, args: revert.args ?? [], cause };
  const round = (message: string) => new PolityRoundError({ ...base, message });
  const ballot = (message: string) => new PolityBallotError({ ...base, message });
  switch (revert.errorName) {
    case 'BudgetRoundWrongPhase': {
      const [roundId, current, required] = revert.args;
      return new PolityRoundPhaseError({ ...base, message: wrongPhaseMessage(roundId, current, required) });
    }
    case 'BudgetRoundVotingCannotCloseEarly': {
      const [roundId, votingEnd] = revert.args;
      return new PolityRoundPhaseError({ ...base, message: `voting in round ${roundId} cannot be closed early: it closes at ${formatTime(votingEnd)}` });
    }
    case 'BudgetRoundUnknown': {
      const [roundId] = revert.args;
      return round(`round ${roundId} does not exist: round ids start at 1 (getRoundCount tells how many there are)`);
    }
    case 'BudgetRoundZeroToken':
      return round('the round has no token: give the ERC-20 address the budget is paid in');
    case 'BudgetRoundZeroBudget':
      return round('the round has a budget of 0: give a budget above zero');
    case 'BudgetRoundInvalidTimeline': {
      const [now, timeline] = revert.args;
      return round(
        `the timeline must run forwards from now (${formatTime(now)}): review ${formatTime(timeline.reviewStart)}, voting ${formatTime(timeline.votingStart)} to ${formatTime(timeline.votingEnd)}`,
      );
    }
    case 'BudgetRoundInvalidCategories': {
      const [count] = revert.args;
      return round(`a round needs 1 to 255 project categories, not ${count}`);
    }
    case 'BudgetRoundInvalidSubmissionLimit':
      return round('each resident must be allowed at least one submission (maxSubmissionsPerResident above 0)');
    case 'BudgetRoundInvalidBallotDesign': {
      const [design] = revert.args;
      return round(
        `the ${enumName(ballotKinds, design.kind)} ballot design is inconsistent: maxProjects must be 0 or at least minProjects; points and maxPointsPerProject only for cumulative ballots (both above 0, per-project at most the total); minSpendBps only for knapsack ballots (at most 10,000)`,
      );
    }
    case 'BudgetRoundInvalidCounting':
      return round('the counting settings are inconsistent: greedy takes no completion, challenge window or bond; equal shares needs a challenge window and cannot stop at a misfit');
    case 'BudgetRoundChallengeOutsideLimits': {
      const [window, bond, limits] = revert.args;
      return round(
        `the challenge window (${window} s) and bond (${formatAmount(bond)} wei) must lie within governance's limits: a window of ${limits.minChallengeWindow} to ${limits.maxChallengeWindow} s and a bond of ${formatAmount(limits.minChallengeBond)} to ${formatAmount(limits.maxChallengeBond)} wei (getRoundLimits reads them; only a governance proposal changes them)`,
      );
    }
    case 'BudgetRoundSubmissionLimitTooHigh': {
      const [requested, limit] = revert.args;
      return round(`the round lets each resident submit ${requested} projects but governance allows at most ${limit}: lower maxSubmissionsPerResident (only a governance proposal raises the limit)`);
    }
    case 'BudgetRoundInvalidLimits':
      return round('the round limits allow nothing: challenge windows and bonds above zero, each minimum at most its maximum, and at least one submission per resident');
    case 'BudgetRoundDistrictDelegation': {
      const [district] = revert.args;
      return round(`district ${district}'s round cannot count delegated votes: delegations are city-wide; open it without delegation or city-wide (district 0)`);
    }
    case 'BudgetRoundUnknownTopic': {
      const [topic, count] = revert.args;
      return round(`topic ${topic} is not registered (the polity has ${count}): choose one of topics 0 to ${count - 1}`);
    }
    case 'BudgetRoundNotRoundManager': {
      const [account] = revert.args;
      return round(`${formatAccount(account)} may not open rounds: governance opens them (buildOpenRoundProposal) unless it granted ROUND_MANAGER_ROLE to the council`);
    }
    case 'BudgetRoundClockMismatch':
      return round('the registry does not use a timestamp clock: budget rounds need one');
    case 'ProjectUnknown': {
      const [roundId, projectId] = revert.args;
      return round(`round ${roundId} has no project ${projectId}: project ids start at 0 (getProjects lists them)`);
    }
    case 'ProjectRoundFull': {
      const [roundId, max] = revert.args;
      return round(`round ${roundId} already has ${max} projects, the most a round can hold`);
    }
    case 'ProjectNotResident': {
      const [roundId, account, district] = revert.args;
      return round(
        district === 0
          ? `${formatAccount(account)} is not a current resident, so cannot submit to round ${roundId}: the registrar must admit them first`
          : `${formatAccount(account)} is not a current resident of district ${district}, so cannot submit to round ${roundId}`,
      );
    }
    case 'ProjectSubmissionLimit': {
      const [roundId, proposer, limit] = revert.args;
      return round(`${formatAccount(proposer)} has submitted ${limit} projects to round ${roundId}, the most allowed per resident`);
    }
    case 'ProjectZeroCost':
      return round('a project must cost more than 0');
    case 'ProjectCostOverBudget': {
      const [roundId, , cost, budget] = revert.args;
      return round(`the project costs ${formatAmount(cost)} but round ${roundId}'s whole budget is ${formatAmount(budget)}: lower the cost or split the project`);
    }
    case 'ProjectUnknownCategory': {
      const [roundId, category, count] = revert.args;
      return round(`round ${roundId} has ${count} categories (0 to ${count - 1}), not category ${category}`);
    }
    case 'ProjectAlreadyInGroup': {
      const [, projectId, group] = revert.args;
      return round(`project ${projectId} already belongs to exclusive group ${group}: a project can be in one group only`);
    }
    case 'ProjectGroupTooSmall':
      return round('an exclusive group needs at least two projects');
    case 'ProjectTooManyGroups':
      return round('the round has 255 exclusive groups, the most it can have');
    case 'ProjectStatusUnchanged': {
      const [, projectId, status] = revert.args;
      return round(`project ${projectId} is already ${enumName(projectStatuses, status)}`);
    }
    case 'BallotNotEligible': {
      const [roundId, voter, snapshot] = revert.args;
      return ballot(`${formatAccount(voter)} was not a resident at round ${roundId}'s snapshot (${formatTime(snapshot)}): only residents admitted before voting opened may vote`);
    }
    case 'BallotWrongDistrict': {
      const [roundId, voter, district, roundDistrict] = revert.args;
      return ballot(`${formatAccount(voter)} lives in district ${district} but round ${roundId} is for district ${roundDistrict}`);
    }
    case 'BallotProjectNotOnBallot': {
      const [roundId, projectId] = revert.args;
      return ballot(`project ${projectId} is not on round ${roundId}'s ballot (only accepted projects are): remove it`);
    }
    case 'BallotProjectsNotAscending': {
      const [, previous, projectId] = revert.args;
      return ballot(`projects must be listed once each in ascending order, but ${projectId} follows ${previous}`);
    }
    case 'BallotTooFewProjects': {
      const [, count, minimum] = revert.args;
      return ballot(`the ballot names ${count} projects but must name at least ${minimum}`);
    }
    case 'BallotTooManyProjects': {
      const [, count, maximum] = revert.args;
      return ballot(`the ballot names ${count} projects but may name at most ${maximum}`);
    }
    case 'BallotOverBudget': {
      const [, spent, budget] = revert.args;
      return ballot(`ballot spends ${formatAmount(spent)} but the round's budget is ${formatAmount(budget)}: remove projects until it fits`);
    }
    case 'BallotUnderMinimumSpend': {
      const [, spent, minimum] = revert.args;
      return ballot(`ballot spends ${formatAmount(spent)} but must spend at least ${formatAmount(minimum)}: add projects`);
    }
    case 'BallotPointsMismatch': {
      const [, projects, points] = revert.args;
      return ballot(`a cumulative ballot needs one number of points per project: ${projects} projects but ${points} numbers`);
    }
    case 'BallotZeroPoints': {
      const [, projectId] = revert.args;
      return ballot(`project ${projectId} gets 0 points: give it at least one or leave it off the ballot`);
    }
    case 'BallotProjectOverPointLimit': {
      const [, projectId, points, maximum] = revert.args;
      return ballot(`project ${projectId} gets ${points} points but one project may get at most ${maximum}`);
    }
    case 'BallotTooManyPoints': {
      const [, total, maximum] = revert.args;
      return ballot(`the ballot gives ${formatAmount(total)} points but has only ${formatAmount(maximum)} to give`);
    }
    case 'BallotWrongDesign': {
      const [roundId, kind] = revert.args;
      return ballot(
        enumName(ballotKinds, kind) === 'cumulative'
          ? `round ${roundId} uses cumulative ballots: give points for each project`
          : `round ${roundId} uses ${enumName(ballotKinds, kind)} ballots: list projects without points`,
      );
    }
    case 'BallotSupportOverflow': {
      const [, projectId] = revert.args;
      return ballot(`project ${projectId}'s support would overflow`);
    }
    default:
      return undefined;
  }
}
