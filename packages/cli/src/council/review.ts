import { advanceRoundPhase, getProjects, getRound, reviewProjects, type PolityAddresses } from '@polity/sdk';
import type { Connection } from '../chain/connection.js';

/**
 * Moves a round from submission to review (if it is not there yet) and puts every project on the ballot
 * in one transaction, skipping those accepted already, so that running it again does nothing new.
 */
export async function acceptAllProjects(connection: Connection, polity: PolityAddresses, roundId: bigint): Promise<void> {
  const { client } = connection;
  if ((await getRound(client, { polity, roundId })).phase === 'submission') await advanceRoundPhase(client, { polity, roundId, to: 'review' });
  const projects = await getProjects(client, { polity, roundId });
  const decisions = projects.filter((project) => project.status !== 'accepted').map((project) => ({ projectId: project.projectId, decision: 'accept' as const }));
  if (decisions.length > 0) await reviewProjects(client, { polity, roundId, decisions });
}
