import { keccak256, toHex, type Address } from 'viem';
import { formatScaledAmount, metaValue, pabulibBudget, pabulibSupportThreshold, pabulibVoteType, parseScaledAmount, type PabulibFile, type PabulibProject, type RoundConfig } from '@polity/sdk';
import { projectText } from '../csv/projects.js';
import { CliError } from '../errors.js';

/** The counting rules a round can use: greedy on-chain, or equal shares with one of its completions. */
export const replayRules = ['greedy', 'mes'] as const;
export type ReplayRule = (typeof replayRules)[number];
export const replayCompletions = ['none', 'add1', 'add1-exhaustive'] as const;
export type ReplayCompletion = (typeof replayCompletions)[number];

/** BallotKind and Completion as the contract numbers them. */
const ballotKind = { approval: 0, knapsack: 1, cumulative: 2 } as const;
const completionIndex = { none: 0, add1: 1, 'add1-exhaustive': 2 } as const;
const countingRule = { greedy: 0, mes: 1 } as const;

export interface ReplayDesign {
  readonly config: Omit<RoundConfig, 'timeline'>;
  readonly categories: readonly string[];
  readonly rule: ReplayRule;
  readonly completion: ReplayCompletion;
  /** The ballot design in words, for the summary. */
  readonly ballot: string;
  /** Each project as submitted on-chain, in file order (its on-chain id is its index). */
  readonly projects: readonly ReplayProject[];
  /** The round's public description; `config.descriptionHash` is its hash. */
  readonly roundText: string;
}

export interface ReplayProject {
  readonly pabulibId: string;
  readonly name: string;
  readonly cost: bigint;
  readonly category: number;
  readonly location?: { readonly latitude: number; readonly longitude: number };
  readonly categoryName: string;
  /** The project's public text (its name and description) and its content hash. */
  readonly text: string;
  readonly description: string;
  readonly descriptionHash: `0x${string}`;
}

export interface DesignOptions {
  readonly rule?: ReplayRule;
  readonly completion?: ReplayCompletion;
  readonly token: Address;
  /** Seconds the council has to propose an equal-shares outcome challenged. */
  readonly challengeWindow: number;
}

/** The round a pabulib election becomes: its budget, projects, ballot design (META) and counting rule. */
export function replayDesign(file: PabulibFile, source: string, options: DesignOptions): ReplayDesign {
  const budget = BigInt(pabulibBudget(file));
  if (file.projects.length > 256) throw new CliError(`${source} has ${file.projects.length} projects; a round holds at most 256`, 'Replay a smaller election.');
  const tooDear = file.projects.find((project) => BigInt(project.cost) > budget);
  if (tooDear !== undefined) throw new CliError(`project ${tooDear.id} costs ${formatScaledAmount(tooDear.cost, file.amountDecimals ?? 0)}, more than the budget (${formatScaledAmount(budget, file.amountDecimals ?? 0)}): a round refuses such a project`, 'Remove it from the file (and from the ballots) to replay the rest.');
  const { design, words } = ballotDesign(file, source, budget);
  const rule = options.rule ?? recordedRule(file);
  const completion = options.completion ?? (rule === 'mes' ? recordedCompletion(file) : 'none');
  if (rule === 'greedy' && options.completion !== undefined && options.completion !== 'none') throw new CliError('--completion applies to --rule mes only', 'Drop --completion, or replay with --rule mes.', 2);
  refuseAdd1InMinorUnits(file, source, rule, completion);
  const categories: string[] = [];
  const projects = file.projects.map((project): ReplayProject => {
    const category = (project.fields['category'] ?? '').split(',')[0]!.trim() || 'general';
    if (!categories.includes(category)) categories.push(category);
    const description = project.fields['description'] ?? '';
    const text = projectText(project.fields['name'] || `Project ${project.id}`, description);
    return {
      pabulibId: project.id,
      name: project.fields['name'] ?? '',
      cost: BigInt(project.cost),
      category: categories.indexOf(category),
      categoryName: category,
      ...locationOf(project),
      text,
      description,
      descriptionHash: keccak256(toHex(text)),
    };
  });
  if (categories.length > 255) throw new CliError(`${source} has ${categories.length} categories; a round holds at most 255`, 'Merge categories in the file.');
  const description = metaValue(file, 'description') ?? source;
  const roundText = `# ${description}\n\nReplay of ${source}\n`;
  return {
    config: {
      token: options.token,
      district: 0,
      delegation: false,
      topic: 0,
      maxSubmissionsPerResident: 255,
      budget,
      ballot: design,
      counting: {
        rule: countingRule[rule],
        stopAtMisfit: false,
        minSupport: BigInt(pabulibSupportThreshold(file) ?? 0),
        completion: completionIndex[completion],
        challengeWindow: rule === 'mes' ? options.challengeWindow : 0,
        // within the replay's round limits (replayRoundLimits): nobody challenges a rehearsal
        challengeBond: rule === 'mes' ? 1n : 0n,
      },
      descriptionHash: keccak256(toHex(roundText)),
    },
    roundText,
    categories,
    rule,
    completion,
    ballot: words,
    projects,
  };
}

function ballotDesign(file: PabulibFile, source: string, budget: bigint): { design: RoundConfig['ballot']; words: string } {
  const voteType = pabulibVoteType(file);
  const number = (key: string): number | undefined => {
    const text = metaValue(file, key);
    if (text === undefined || text === '') return undefined;
    if (!/^\d+$/.test(text) || Number(text) > 0xffff) throw new CliError(`${source}: META ${key} is '${text}', expected a whole number up to 65,535`);
    return Number(text);
  };
  const minProjects = number('min_length') ?? 1;
  const maxProjects = number('max_length') ?? 0;
  const range = `${minProjects}${maxProjects === 0 ? ' or more' : minProjects === maxProjects ? '' : ` to ${maxProjects}`} project${maxProjects === 1 ? '' : 's'}`;
  if (voteType === 'approval') {
    const limit = metaValue(file, 'max_sum_cost');
    if (limit !== undefined && limit !== '') {
      const decimals = file.amountDecimals ?? 0;
      if (parseScaledAmount(limit, decimals) !== budget) throw new CliError(`${source}: META max_sum_cost is ${limit} but the budget is ${formatScaledAmount(budget, decimals)}; a knapsack ballot's limit is the round's budget`, 'Replay files whose knapsack limit is the budget.');
      return { design: { kind: ballotKind.knapsack, minProjects, maxProjects, minSpendBps: 0, points: 0, maxPointsPerProject: 0 }, words: `knapsack: ${range} costing at most the budget` };
    }
    return { design: { kind: ballotKind.approval, minProjects, maxProjects, minSpendBps: 0, points: 0, maxPointsPerProject: 0 }, words: `approval: ${range}` };
  }
  if (voteType === 'cumulative') {
    const points = number('max_sum_points');
    if (points === undefined || points === 0) throw new CliError(`${source}: a cumulative election needs META max_sum_points (the points each voter has)`);
    const perProject = number('max_points') ?? points;
    return { design: { kind: ballotKind.cumulative, minProjects, maxProjects, minSpendBps: 0, points, maxPointsPerProject: perProject }, words: `cumulative: ${points} points, at most ${perProject} per project, on ${range}` };
  }
  throw new CliError(`${source} has ${voteType} ballots; rounds take approval, knapsack and cumulative ballots`, 'Replay an approval or cumulative election.');
}

/**
 * A file with decimal amounts goes on chain in its smallest unit (grosze for `543715.64` złoty): exact for
 * the ballots and for greedy. Equal shares' Add1 completion, though, raises every voter's share by one
 * unit of the round's amounts per step, and the rule (pabulib's `equalshares/add1`, equalshares.net)
 * steps by one currency unit: counted in grosze it would take a hundred times the runs and may stop
 * elsewhere than the city's count. `polity tally` steps by currency units; a round cannot, so refuse.
 */
function refuseAdd1InMinorUnits(file: PabulibFile, source: string, rule: ReplayRule, completion: ReplayCompletion): void {
  const decimals = file.amountDecimals ?? 0;
  if (rule !== 'mes' || completion === 'none' || decimals === 0) return;
  throw new CliError(
    `${source} has amounts with ${decimals} decimal places, which a round counts in units of 10^-${decimals}; equal shares with the ${completion} completion would then raise the voters' shares by 10^-${decimals} per step instead of one currency unit, and could fund other projects than the city's count`,
    `Count this file with \`polity tally ${source}\` (Add1 in whole currency units), or replay it with --completion none or --rule greedy.`,
  );
}

/** META `rule`: greedy for "greedy", equal shares for "equalshares..." (and greedy when the city recorded none). */
function recordedRule(file: PabulibFile): ReplayRule {
  const rule = (metaValue(file, 'rule') ?? '').toLowerCase();
  return rule.startsWith('equalshares') || rule.startsWith('mes') ? 'mes' : 'greedy';
}

function recordedCompletion(file: PabulibFile): ReplayCompletion {
  return /add1/i.test(metaValue(file, 'rule') ?? '') ? 'add1' : 'none';
}

function locationOf(project: PabulibProject): { location?: { latitude: number; longitude: number } } {
  const latitude = Number(project.fields['latitude']);
  const longitude = Number(project.fields['longitude']);
  if (!project.fields['latitude'] || !project.fields['longitude'] || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return {};
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return {};
  return { location: { latitude, longitude } };
}
