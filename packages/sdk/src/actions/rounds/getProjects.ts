import type { Address, Hex } from 'viem';
import { readContract } from 'viem/actions';
import { budgetRoundsAbi } from '../../contracts/generated.js';
import { runPolityAction, type PolityActionParameters, type PolityClient } from '../../chain/client.js';
import type { PolityRpcUnavailableError, PolityWrongNetworkError } from '../../chain/errors/base.js';
import type { PolityRoundError } from '../../chain/errors/contract.js';
import { enumName, projectStatuses, type ProjectStatus } from '../../chain/enums.js';

export interface GetProjectsParameters extends PolityActionParameters {
  readonly roundId: bigint;
}

export interface RoundProject {
  readonly projectId: number;
  readonly cost: bigint;
  readonly category: number;
  readonly status: ProjectStatus | `#${number}`;
  /** Exclusive group (0: none): at most one project of a group is funded. */
  readonly group: number;
  /** Degrees, or undefined for a project without a place. */
  readonly location: { readonly latitude: number; readonly longitude: number } | undefined;
  readonly proposer: Address;
  readonly descriptionHash: Hex;
  /** Weight of the ballots that include it (times points on cumulative ballots), now. */
  readonly support: bigint;
}

export type GetProjectsReturnType = RoundProject[];

export type GetProjectsErrorType = PolityWrongNetworkError | PolityRpcUnavailableError | PolityRoundError;

/** Every project of a round with its review status and current support. */
export async function getProjects(client: PolityClient, parameters: GetProjectsParameters): Promise<GetProjectsReturnType> {
  const { polity, roundId } = parameters;
  return runPolityAction(client, polity, async () => {
    const rounds = { address: polity.rounds, abi: budgetRoundsAbi } as const;
    const counts = await readContract(client, { ...rounds, functionName: 'projectCounts', args: [roundId] });
    const projects = await Promise.all(counts.map((_, projectId) => readContract(client, { ...rounds, functionName: 'project', args: [roundId, projectId] })));
    return projects.map((project, projectId) => ({
      projectId,
      cost: project.cost,
      category: project.category,
      status: enumName(projectStatuses, project.status),
      group: project.group,
      location: project.latitude === 0 && project.longitude === 0 ? undefined : { latitude: project.latitude / 1e6, longitude: project.longitude / 1e6 },
      proposer: project.proposer,
      descriptionHash: project.descriptionHash,
      support: counts[projectId]?.support ?? 0n,
    }));
  });
}
